package org.cemc.input;

import org.cemc.community.CommunityCase;

/** The paper's case study, shipped inside the program (docs/case-study.md says where each number comes from). */
public final class BuiltInCase {
    public static final String RESOURCE_FOLDER = "/cases/paper";
    public static final String DISPLAY_NAME = "built-in:paper";

    private BuiltInCase() {
    }

    public static CommunityCase read() {
        return CaseReader.read(files());
    }

    public static CaseFiles files() {
        return CaseFiles.resources(RESOURCE_FOLDER, DISPLAY_NAME);
    }
}
