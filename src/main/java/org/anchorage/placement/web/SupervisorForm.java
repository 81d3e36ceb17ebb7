package org.anchorage.placement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Add a host supervisor. */
record SupervisorForm(
        @NotBlank(message = "Enter the supervisor's name")
        @Size(max = 200, message = "The supervisor's name must be 200 characters or fewer") String supervisorName,
        @Size(max = 200, message = "The job title must be 200 characters or fewer") String jobTitle,
        @NotBlank(message = "Enter the supervisor's work email address")
        @Size(max = 254, message = "The email address must be 254 characters or fewer")
        @Pattern(regexp = "^$|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter an email address like name@example.nhs.uk") String email,
        @Size(max = 30, message = "The phone number must be 30 characters or fewer") String phone) {

    static final List<String> FIELDS = List.of("supervisorName", "jobTitle", "email", "phone");

    Map<String, String> typed() {
        return Forms.typed("supervisorName", supervisorName, "jobTitle", jobTitle, "email", email, "phone", phone);
    }
}
