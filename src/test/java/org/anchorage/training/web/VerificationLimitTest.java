package org.anchorage.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The certificate check's attempt limit counts an IPv6 client's whole /64 as one, IPv4 addresses one by one. */
class VerificationLimitTest {

    @Test
    void addresses_in_one_ipv6_network_share_an_allowance() {
        assertThat(CertificateVerificationController.network("2001:db8:1:2::1"))
                .isEqualTo(CertificateVerificationController.network("2001:db8:1:2:ffff:ffff:ffff:fffe"))
                .isNotEqualTo(CertificateVerificationController.network("2001:db8:1:3::1"));
        assertThat(CertificateVerificationController.network("0:0:0:0:0:0:0:1")).endsWith("::/64");
        assertThat(CertificateVerificationController.network("127.0.0.2")).isEqualTo("127.0.0.2")
                .isNotEqualTo(CertificateVerificationController.network("127.0.0.3"));
    }
}
