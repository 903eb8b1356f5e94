package org.cemc.server.cases;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemc.community.CommunityCase;
import org.cemc.community.House;
import org.cemc.input.CaseFiles;
import org.cemc.input.CaseReader;
import org.cemc.input.InvalidCaseException;
import org.cemc.server.http.ApiException;
import org.cemc.server.http.PathIds;
import org.cemc.server.store.CaseRecord;
import org.cemc.server.store.CaseStore;

/** POST, GET and DELETE of cases: a case is read and validated by cemc-core before anything is stored. */
public final class CaseHandlers {
    /** Names the case folder in messages when the zip has its files at its top rather than in a folder. */
    static final String UNNAMED_FOLDER = "upload";

    private final CaseStore cases;
    private final UploadLimits limits;
    private final CaseRemoval removal;

    /** What else goes when a case is deleted: its runs are cancelled first, so no worker writes to a gone case. */
    @FunctionalInterface
    public interface CaseRemoval {
        void beforeDelete(long caseId);
    }

    public CaseHandlers(CaseStore cases, UploadLimits limits, CaseRemoval removal) {
        this.cases = cases;
        this.limits = limits;
        this.removal = removal;
    }

    /** POST /cases: a zip of a case folder → 201 with the stored case; 400 with the reader's message if invalid. */
    public void create(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim();
        if (!type.equals("application/zip")) {
            throw new ApiException(415, "Content-Type", "send the case as a zip of its folder with Content-Type: "
                    + "application/zip (got " + (type.isEmpty() ? "none" : type) + ").");
        }
        if (ctx.req().getContentLengthLong() > limits.maxUploadBytes()) {
            throw UploadTooLarge.of(limits.maxUploadBytes());
        }
        CaseArchive archive = CaseArchive.read(ctx.req().getInputStream(), limits, UNNAMED_FOLDER);
        CaseReader.ReadCase read;
        try {
            read = CaseReader.readWithWarnings(CaseFiles.memory(archive.folder(), archive.files()));
        } catch (InvalidCaseException invalid) {
            throw new ApiException(400, invalid.getMessage());
        }
        CommunityCase community = read.community();
        List<String> houses = community.houses().stream().map(House::id).toList();
        long id = cases.insert(community.name(), community.periods(), houses, archive.files(), Instant.now());
        Map<String, Object> body = view(cases.find(id).orElseThrow());
        body.put("warnings", read.warnings());
        ctx.status(201).header("Location", "/api/v1/cases/" + id).json(body);
    }

    public void list(Context ctx) {
        ctx.json(cases.list().stream().map(CaseHandlers::view).toList());
    }

    public void get(Context ctx) {
        CaseRecord found = find(ctx);
        Map<String, Object> body = view(found);
        body.put("house_ids", cases.houses(found.id()));
        ctx.json(body);
    }

    /** DELETE /cases/{id}: the case, its runs (cancelled first), results and household tokens. */
    public void delete(Context ctx) {
        CaseRecord found = find(ctx);
        removal.beforeDelete(found.id());
        cases.delete(found.id());
        ctx.status(204);
    }

    private CaseRecord find(Context ctx) {
        long id = PathIds.of(ctx, "case");
        return cases.find(id).orElseThrow(() -> ApiException.notFound("no case " + id + "."));
    }

    static Map<String, Object> view(CaseRecord stored) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", stored.id());
        view.put("name", stored.name());
        view.put("houses", stored.houses());
        view.put("periods", stored.periods());
        view.put("created_at", stored.createdAt().toString());
        return view;
    }
}
