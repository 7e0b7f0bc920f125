package org.practicereview.web;

/** One link of the service navigation. */
public record NavigationItem(String label, String href, boolean active) {}
