package org.packpress.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.packpress.store.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of confidential sends and downloads, for administrators. */
@RestController
@ConditionalOnWebApplication
public class AuditApi {

    static final int MOST = 1000;

    private final AuditLog audit;

    public AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who sent or downloaded which confidential document, and when: the newest first")
    public List<AuditLog.Event> latest(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, MOST)));
    }
}
