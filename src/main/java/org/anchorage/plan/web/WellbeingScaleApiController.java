package org.anchorage.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.anchorage.plan.Plans;
import org.anchorage.plan.WellbeingScale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A programme adds a validated wellbeing scale it holds a licence for, as data. */
@RestController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class WellbeingScaleApiController {

    private final Plans plans;

    WellbeingScaleApiController(Plans plans) {
        this.plans = plans;
    }

    record NewScale(@NotBlank(message = "Give a short code") @Size(max = 40, message = "must be 40 characters or fewer") String code,
                    @NotBlank(message = "Give the scale's name") @Size(max = 200, message = "must be 200 characters or fewer") String name,
                    @NotBlank(message = "Give the licence and copyright line")
                    @Size(max = 1000, message = "must be 1000 characters or fewer") String licence,
                    @NotNull(message = "Give the lowest score") Integer minScore, @NotNull(message = "Give the highest score") Integer maxScore,
                    @NotEmpty(message = "Give the questions") List<WellbeingScale.Item> items) {}

    @GetMapping("/api/v1/wellbeing-scales")
    List<WellbeingScale> scales() {
        return plans.scales();
    }

    @PostMapping("/api/v1/wellbeing-scales")
    ResponseEntity<WellbeingScale> add(@Valid @RequestBody NewScale scale) {
        WellbeingScale added = plans.addScale(scale.code(), scale.name(), scale.licence(), scale.minScore(), scale.maxScore(), scale.items());
        return ResponseEntity.created(URI.create("/api/v1/wellbeing-scales/" + added.id())).body(added);
    }
}
