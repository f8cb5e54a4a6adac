package org.childprotect.reporting.cases;

/** How many cases the read model holds for one district code. */
public record DistrictCount(String district, long count) {
}
