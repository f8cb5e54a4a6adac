package org.childprotect.cases.imports;

/** The file formats imports read; recognised by content, not by the name the file happens to have. */
public enum FileFormat {

	CSV, XLSX

}
