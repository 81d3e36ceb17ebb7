package org.anchorage.careers.web;

import java.util.List;
import org.anchorage.careers.CareerRole;
import org.springframework.validation.BindingResult;

/** A role as a manager types it (the address only when adding one). */
public class RoleForm {

    static final List<String> FIELDS = List.of("slug", "title", "roleFamily", "whatItIs", "dayInJob", "afcBand", "training", "route",
            "easyRead", "order", "published");

    private String slug;
    private String title;
    private String roleFamily;
    private String whatItIs;
    private String dayInJob;
    private String afcBand;
    private String training;
    private String route;
    private String easyRead;
    private String order;
    private String published;

    static RoleForm of(CareerRole r) {
        RoleForm f = new RoleForm();
        f.slug = r.slug();
        f.title = r.title();
        f.roleFamily = r.roleFamily();
        f.whatItIs = r.whatItIs();
        f.dayInJob = r.dayInJob();
        f.afcBand = r.afcBand() == null ? "none" : r.afcBand();
        f.training = r.training();
        f.route = r.route();
        f.easyRead = r.easyRead();
        f.order = Integer.toString(r.order());
        f.published = r.published() ? "yes" : "no";
        return f;
    }

    /** The content typed; a place in the list that is not a whole number is named here. */
    CareerRole.Content read(BindingResult result) {
        Integer place = null;
        if (order != null && !order.isBlank()) {
            if (order.strip().matches("[0-9]{1,3}")) {
                place = Integer.parseInt(order.strip());
            } else {
                result.rejectValue("order", "order", "Enter where the role comes in the list, as a whole number like 10");
            }
        }
        Boolean shown = "yes".equals(published) ? Boolean.TRUE : "no".equals(published) ? Boolean.FALSE : null;
        return new CareerRole.Content(title, roleFamily, whatItIs, dayInJob, afcBand == null || afcBand.equals("none") ? null : afcBand,
                training, route, easyRead, place, shown);
    }

    public String getSlug() { return slug; }
    public void setSlug(String v) { slug = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getRoleFamily() { return roleFamily; }
    public void setRoleFamily(String v) { roleFamily = v; }
    public String getWhatItIs() { return whatItIs; }
    public void setWhatItIs(String v) { whatItIs = v; }
    public String getDayInJob() { return dayInJob; }
    public void setDayInJob(String v) { dayInJob = v; }
    public String getAfcBand() { return afcBand; }
    public void setAfcBand(String v) { afcBand = v; }
    public String getTraining() { return training; }
    public void setTraining(String v) { training = v; }
    public String getRoute() { return route; }
    public void setRoute(String v) { route = v; }
    public String getEasyRead() { return easyRead; }
    public void setEasyRead(String v) { easyRead = v; }
    public String getOrder() { return order; }
    public void setOrder(String v) { order = v; }
    public String getPublished() { return published; }
    public void setPublished(String v) { published = v; }
}
