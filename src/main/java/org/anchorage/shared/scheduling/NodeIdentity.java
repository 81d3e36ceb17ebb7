package org.anchorage.shared.scheduling;

/** This application process among the nodes sharing one database: which node owns a job. */
public record NodeIdentity(String name) {}
