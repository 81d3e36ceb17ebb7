package org.anchorage.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

public class OrganisationForm {

    static final List<String> FIELDS = List.of("name", "type");

    @NotBlank(message = "Enter the organisation's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Choose the kind of organisation")
    private String type;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
}
