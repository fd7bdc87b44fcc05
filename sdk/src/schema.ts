// Generated from openapi/openapi.json by `npm run sdk` (openapi-typescript). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no database call) */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers, takes writes and its migrations are current
         * @description A load balancer sends traffic only to an instance whose database takes writes: on a standby, or while a failover has not yet given the instance a primary, this is 503 database_read_only.
         */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Open, unless the server sets METRICS_TOKEN: then send it as Authorization: Bearer <token>.
         */
        get: operations["metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cities */
        get: operations["listCities"];
        put?: never;
        /** Create a city */
        post: operations["createCity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a city */
        get: operations["getCity"];
        put?: never;
        post?: never;
        /** Delete a city that holds no data */
        delete: operations["deleteCity"];
        options?: never;
        head?: never;
        /** Change a city's name, province, supervision settings or status words */
        patch: operations["updateCity"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (the secret is in this response only) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{apiKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an API key (never its secret) */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Revoke an API key: it stops working at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find tasks and report lines by words, in every city the key may read
         * @description Several words mean all of them. Tasks whose title holds a word come first, then by relevance, then in the order of the list; each task once, with the entry that matches best. A query of only punctuation or spaces is a 422 (empty_query), more than 8 words a 422 (too_many_terms).
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A backup of the embedded database, taken while the server runs (admins only)
         * @description The embedded database's folder (DATA_DIR) as a gzipped tar, taken between transactions, so it is consistent; restore it into an empty folder with `npm run restore -- --from FILE`. `npm run backup` calls this while the server holds the folder. It holds every secret the database does (webhook secrets, key hashes): keep it as safe as the folder. A server on PostgreSQL (DATABASE_URL) answers 409 `backup_not_embedded`: back that database up with pg_dump.
         */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/catalog.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published release of the deployment (a DCAT-style catalogue, JSON-LD) */
        get: operations["getOpenCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/{cityCode}/{year}/{label}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file of the period's latest release
         * @description report.csv (UTF-8 with a BOM), report.json, report.xlsx or datapackage.json (Frictionless, describing report.csv) of the latest release of the period the year and label name. Cached for five minutes; a new release replaces it here, its versioned URL stays.
         */
        get: operations["getOpenFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open/{cityCode}/{year}/{label}/{version}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of one release: for ever the same bytes */
        get: operations["getOpenVersionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provinces/{provinceCode}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A province's catalogue of indicators shared by its cities */
        get: operations["listProvinceIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provinces/{provinceCode}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The province's cities on one indicator: figures, ranks, quoted ranks checked
         * @description For every city of the province here: its latest accepted figure for the indicator in a period of the year ending in the month named, the province's rank of it (higher growth first; ties share the better rank, the next skips: 1, 2, 2, 4), and whether the rank its entry quotes (居全省第6位, 末位) agrees. A 全省 rank is among all the province's cities (provinceCities: the stored count of the province, 安徽 16, or the query's); with fewer here it cannot be checked. Admins and readers of all cities see every city; a key of one city sees its own row only.
         */
        get: operations["getProvinceIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/lead-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a city's lead units */
        get: operations["listLeadUnits"];
        put?: never;
        /** Create a lead unit */
        post: operations["createLeadUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/lead-units/{leadUnitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a lead unit */
        get: operations["getLeadUnit"];
        put?: never;
        post?: never;
        /** Delete a lead unit that leads no task and has no key that still works */
        delete: operations["deleteLeadUnit"];
        options?: never;
        head?: never;
        /** Rename a lead unit or change its aliases */
        patch: operations["updateLeadUnit"];
        trace?: never;
    };
    "/v1/cities/{cityCode}/lead-units/{leadUnitId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate lead unit into another
         * @description Moves the unit's tasks to `into`, keeps its names as aliases of `into`, revokes its keys or moves them to `into` (`keys`), deletes it, and records the merge; the reply says what moved. If-Match, when sent, is the version of the unit being merged away.
         */
        post: operations["mergeLeadUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a city's reporting periods */
        get: operations["listPeriods"];
        put?: never;
        /** Create a reporting period */
        post: operations["createPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a period */
        get: operations["getPeriod"];
        put?: never;
        post?: never;
        /** Delete an open period that has no entries */
        delete: operations["deletePeriod"];
        options?: never;
        head?: never;
        /** Change an open period's label, kind or dates */
        patch: operations["updatePeriod"];
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a period: its entries become read-only
         * @description Refused with 409 entries_awaiting_review, listing them in awaitingReview, while submitted entries wait for the office; force closes anyway, and they are counted as 已报送待审核. The body may be left out.
         */
        post: operations["closePeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed period so its entries can be corrected */
        post: operations["reopenPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks, by year and seq
         * @description Filters combine: year, seq, leadUnitId, text in the title (q), and status with periodId.
         */
        get: operations["listTasks"];
        put?: never;
        /** Add a task to the city's list */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a task with its lead units */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /** Delete a task that has no progress entries */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /** Change a task; leadUnits, when given, replaces the list */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a split task stands in a period by its parts (县区分解)
         * @description A task split into parts (tasks created with its id as parentId, each led by a county or district) rolls up from the parts' accepted entries: its status by its rule (the weakest part's, or the verdict of the parts' weighted share), the weighted share when every part has a weight, and the parts behind as the report says them. A task with no parts has an empty list and no status.
         */
        get: operations["getTaskRollup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/indicator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The province's indicator a task reports on
         * @description The office's link if it set or confirmed one, else the match the task's title gives, with its confidence.
         */
        get: operations["getTaskIndicator"];
        /** Confirm, change or clear the indicator a task reports on */
        put: operations["setTaskIndicator"];
        post?: never;
        /** Take back the office's link: the task follows its title's match again */
        delete: operations["clearTaskIndicator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task's entries across periods, oldest first */
        get: operations["listTaskProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All entries of a period, in the order of the list, with their flags
         * @description Each entry carries flags on copied text: stale (进展无实质变化) when its progress is nearly its task's entry of the previous period, dates and figures set aside; template (模板化表述) for each sentence an entry of a task with none of its lead units holds word for word. flag=stale or flag=template lists only the entries so flagged. The flags compare the entries the caller may read: for a reader of published data, accepted ones.
         */
        get: operations["listPeriodProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the entry of a task in a period */
        get: operations["getProgressEntry"];
        /**
         * File or replace the entry of a task in a period
         * @description Creates the entry (201) or replaces it whole (200). Fields left out are emptied. Send If-Match to replace only the version you read; a closed period answers 409 period_closed. A city office files its evaluation (status) and the entry is accepted; a lead unit writes a draft (or reworks a returned entry), may not send status (403 status_set_by_office), and cannot change an entry it has submitted (409 entry_submitted) or that the office accepted (409 entry_accepted).
         */
        put: operations["putProgressEntry"];
        post?: never;
        /**
         * Withdraw an entry filed in error (open periods only)
         * @description A lead unit withdraws only a draft or a returned entry (409 entry_submitted, entry_accepted otherwise).
         */
        delete: operations["deleteProgressEntry"];
        options?: never;
        head?: never;
        /**
         * Change some fields of an entry
         * @description Only the fields sent change; send If-Match with the version you read. The same rules as PUT for who may set status.
         */
        patch: operations["patchProgressEntry"];
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an entry to the office (报送)
         * @description A draft or a returned entry becomes submitted; it is late when submitted after the deadline in force (the period's, or an approved extension's). Writes the event entry.submitted.
         */
        post: operations["submitProgressEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted entry for rework (退回)
         * @description The reason is kept as a comment on the entry; the unit edits it and submits again. Writes the event entry.returned.
         */
        post: operations["returnProgressEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a submitted entry with the office's evaluation (工作评价)
         * @description Sets status, which only the office gives; summaries and reports count accepted entries only. Writes the event entry.accepted.
         */
        post: operations["acceptProgressEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comments (批示 / 意见) on a task's entry, oldest first */
        get: operations["listEntryComments"];
        put?: never;
        /** Comment on a task's entry (the office, or the task's lead unit) */
        post: operations["createEntryComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for more time to file a task's entry (延期申请)
         * @description By the task's lead unit (or the office on its behalf), for an entry not yet submitted, in an open period with a deadline. dueAt must be later than the deadline in force; one request waits at a time (409 extension_pending). Writes the event extension.requested.
         */
        post: operations["requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/tasks/{taskId}/progress/{periodId}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The extension requests of a task's entry, oldest first: its deadline's history */
        get: operations["listEntryExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city's extension requests, oldest first (state=pending: what waits for a decision) */
        get: operations["listExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/extensions/{extensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an extension request */
        get: operations["getExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/extensions/{extensionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve: the date asked for becomes the entry's deadline in force
         * @description A pending request only (409 extension_decided otherwise); an approval needs the period open and a date still later than the deadline in force (409 extension_superseded). Writes the event extension.decided.
         */
        post: operations["approveExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/extensions/{extensionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject, with the reason the unit reads: the deadline stays
         * @description A pending request only (409 extension_decided otherwise); an approval needs the period open and a date still later than the deadline in force (409 extension_superseded). Writes the event extension.decided.
         */
        post: operations["rejectExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reminders of a period, newest first: who was reminded of what, when and why */
        get: operations["listReminders"];
        put?: never;
        /**
         * Remind units of the entries they have not filed (催办)
         * @description Writes one reminder to the unit named, or to every unit with missing entries (no entry, or a draft), listing its tasks, and the event reminder.issued for each. 422 nothing_missing when no unit has one. The city's schedule sends reminders on its own as well (supervision settings of the city).
         */
        post: operations["remindPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has filed the period's entries: on time, late, returned, missing; a light per task
         * @description Every task of the period's year is due. Submitted counts submitted and accepted entries (an accepted entry with no submission, imported or filed by the office, is on time); returned waits for its unit; missing is no entry or a draft. A task is green once submitted, else red past its deadline in force (an approved extension's, else the period's), yellow within the city's warningDays of it, none otherwise. Units count the tasks they lead or support, in the order of the first such task; totals count each task once. Each task carries its entry's flags on copied text (stale, template: see GET …/periods/{periodId}/progress). leadUnitId, light and flag narrow the tasks that every part counts.
         */
        get: operations["getPeriodCompliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/assessment-rules/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the year's assessment rules (the units may know what they are scored by) */
        get: operations["getAssessmentRules"];
        /**
         * Set the year's assessment (考核) rules
         * @description Creates (201) or replaces (200) the rule set by which GET …/assessment scores the lead units. Send If-Match to replace only the version you read. The rules name only facts of the record (entries on time, late or missing, returns, the office's evaluation): a field for anything else, such as app usage, leaders' instructions (批示) or photo evidence, which the 2024 rules on reducing the burden on the grassroots forbid scoring, is refused with 400. Points have at most two decimals; a task weight names one task of the year by seq or taskId. Audited; the office's (or an admin's) only.
         */
        put: operations["putAssessmentRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each lead unit's score for the year (考核), computed from the record now
         * @description By the year's rule set (422 no_assessment_rules without one), from the record as it stands: nothing is stored, so a correction shows at once. Every task the unit leads (role lead) in every period that counts gives lines: on time or late when handed in, missing when not handed in and its period is closed or its deadline in force has passed, one per return, 未达预期 and 已完成 when the office accepted it so. Score = baseScore + bonuses (capped) − deductions (capped), at least floor. Equal scores share a rank; the quartile of the rank gives the colour (green, blue, yellow, red). format=xlsx (or Accept) is the workbook to print: the results, then every line.
         */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the period's report (政务公开) as a new release
         * @description Freezes the report as the accepted entries make it now (nothing of a draft or of an entry under review) as the period's next version, with what changed since the version before, and makes its files (CSV, JSON, xlsx, datapackage.json) once: /open/ serves those bytes for ever (while the city's open data is on). Entry writes of the period wait meanwhile. When the report says what the latest release says, no version is made: 200 with that release. A period with releases cannot be deleted.
         */
        post: operations["publishPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period's releases, newest first */
        get: operations["listReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/releases/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One release of the period, with its change log */
        get: operations["getRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the city's tasks and report lines by words
         * @description Several words mean all of them. Tasks whose title holds a word come first, then by relevance, then in the order of the list; each task once, with the entry that matches best. A query of only punctuation or spaces is a 422 (empty_query), more than 8 words a 422 (too_many_terms).
         */
        get: operations["searchCity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a city's imports, newest first */
        get: operations["listImports"];
        put?: never;
        /**
         * Import a published report document (dry run, then commit)
         * @description Reads the table of a report (the layout detected: pipe, tab, paragraph, CSV, Markdown, spaced or glued), repairs what line wrapping broke, and creates or updates the period, lead units, tasks and entries. Each column's role is read from its header's words (see ColumnRole), and the result lists the roles and the words that decided them in `columns`; a column no word names is kept in the remarks under its header, and `columnRoles` sets a role by header. A table with no header row is read by what its cells say (header_missing), and every row the reader had to repair is a warning. The report may be sent as text (JSON), or as an xlsx or docx file: uploaded as the `file` field of a form, or as the whole body with its options in the query string. A workbook is read from its first visible sheet with a 序号 header (merged cells fill the rows they span), a Word document from its first such table. A table of more than 1000 rows is refused (413 too_many_rows), as is a document or file over 5 MB or a table holding more than that of text (413 document_too_large); a file that unpacks to more than 16 MB is not read (422 unsupported_file). Each server process runs 1 import at a time and lets 2 more wait their turn; past that an import is refused at once, its body unread (503 import_busy, with Retry-After). A dry run reports exactly what the commit would do and writes nothing but the import record; importing the same document again changes nothing. Entries a person changed through the API since the document was last imported are left as they are and listed in `conflicts`; send `overwrite: true` to let the document win. A lead unit's return sheet (GET …/periods/{periodId}/return-sheet), or any file sent with leadUnitId and periodId, is imported as that unit's entries only: drafts with the 工作评价 as proposedStatus, in the sheet's period; tasks, units and the period are not changed, a row of another task or with another task text is a warning, and a submitted or accepted entry is a conflict whatever overwrite says (see returnSheet and entryState in the result).
         */
        post: operations["importReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an import and its result */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period summary: counts, the behind list, per-unit table, narrative */
        get: operations["getPeriodSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole report table: json, csv, xlsx, docx or markdown
         * @description Choose with format= or the Accept header. Columns and status words are the report's own (序号, 重点工作任务, 牵头责任单位, 工作评价, 进展情况, 近期工作安排, 备注). CSV is UTF-8 with a BOM, the header row first, the table only. xlsx prints on A4 landscape, one page wide, the narrative on its own sheet. docx is the report as the office publishes it: title, narrative, issuing office and date, then the table as 附件. Markdown is the same as text. xlsx, docx and Markdown print the title kept with the period (reportHeader.title, else 关于…进展情况的报告); a document's file name is that title (a CSV, which has no line for it, too); the JSON's names the city and period. The service's own text is set with full-width punctuation; in xlsx and docx a number and its unit are joined by invisible WORD JOINERs (U+2060) so no line breaks inside them.
         */
        get: operations["getPeriodReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks whose status changed since another period */
        get: operations["getStatusChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/periods/{periodId}/return-sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead unit's return sheet for a period, to fill in and import back
         * @description An xlsx with one row per task the unit leads on the period's list, by 序号: 序号, 重点工作任务, 牵头责任单位, 工作评价 (a dropdown: 已完成 / 按序时推进 / 未达预期, or the city's own status words, the unit's proposal), 进展情况, 近期工作安排, 备注, filled in with the entries as stored so the unit revises them. It prints as the report's table does (A4 landscape, one page wide, the header row on every page), under a title naming the city, the period and the unit. The workbook carries its identity (city, period, unit, each entry's version) on a very hidden sheet: POST …/imports with the filled-in file files its rows as that unit's drafts. The city office and that unit's own key may download it; 422 no_tasks when the unit leads no task of the period's year.
         */
        get: operations["getReturnSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of a city: who changed what, newest first */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The city's subscriptions */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe to the city's events
         * @description Each event of the types named is POSTed to url as it is committed: in order, retried with backoff for 26 hours, logged. format json is signed with the secret: `Duban-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`; wecom and dingtalk send a group robot's markdown message (钉钉's URL signed with the secret when one is set), 20 a minute at most.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a subscription */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Unsubscribe: the subscription and its delivery log go */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a subscription, or pause it (active: false)
         * @description What is already queued is sent to the new url, in the new format; a paused subscription is sent nothing and queues nothing.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/cities/{cityCode}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's delivery log, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (one that failed, or one the receiver lost)
         * @description It becomes pending at once and is sent after the older deliveries still pending; its attempts are kept.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cities/{cityCode}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The city's events, oldest first
         * @description For a follower that cannot take webhooks: keep the last nextCursor and read on from it. A server that removes old events (EVENT_RETENTION_DAYS) answers 410 events_removed to a cursor older than what it removed: read again without one.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "entry.filed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** entry.filed: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onEntryFiled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "entry.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** entry.submitted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onEntrySubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "entry.returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** entry.returned: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onEntryReturned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "entry.accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** entry.accepted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onEntryAccepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "entry.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** entry.deleted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onEntryDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "entry.overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** entry.overdue: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onEntryOverdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reminder.issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reminder.issued: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onReminderIssued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "extension.requested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** extension.requested: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onExtensionRequested"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "extension.decided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** extension.decided: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onExtensionDecided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** period.created: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onPeriodCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** period.updated: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onPeriodUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** period.closed: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onPeriodClosed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.reopened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** period.reopened: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onPeriodReopened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** period.deleted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onPeriodDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** task.created: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onTaskCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** task.updated: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onTaskUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** task.deleted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onTaskDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_unit.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** lead_unit.created: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onLeadUnitCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_unit.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** lead_unit.updated: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onLeadUnitUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_unit.merged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** lead_unit.merged: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onLeadUnitMerged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead_unit.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** lead_unit.deleted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onLeadUnitDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "import.committed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** import.committed: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onImportCommitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** webhook.created: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onWebhookCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** webhook.updated: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onWebhookUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** webhook.deleted: the body a JSON subscription to it receives, signed with Duban-Signature */
        post: operations["onWebhookDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        FieldError: {
            /** @description JSON pointer-like path of the bad input, e.g. body/leadUnits/0/role */
            field: string;
            message: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description A URI naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable code, e.g. not_found, period_closed */
            code: string;
            /** @description The request path */
            instance?: string;
            requestId?: string;
            /** @description Each bad field, for validation_failed */
            errors?: components["schemas"]["FieldError"][];
            /** @description For entries_awaiting_review: the submitted entries the office has not reviewed, in the order of the list */
            awaitingReview?: {
                taskId: number;
                seq: number;
                entryId: number;
            }[];
        };
        /**
         * @description gte: 以上/不少于 (or none written on a growth or count target); lte: 以下/以内; approx: 左右
         * @enum {unknown}
         */
        Comparator: "gte" | "lte" | "approx" | "eq";
        /** @description A numeric target a task's title sets */
        Target: {
            /** @example 地区生产总值 */
            metric: string;
            /**
             * @description 增长, 下降 …; null for a level or count
             * @example 增长
             */
            measure: string | null;
            comparator: components["schemas"]["Comparator"];
            /** @description false when the title writes no 以上/以下/左右 and the comparator is read from the kind of target */
            comparatorWritten: boolean;
            /** @example 6.5 */
            value: number;
            /** @example % */
            unit: string;
            /** @description The words the target was read from */
            text: string;
        };
        /** @description The figure an entry's progress reports for the target */
        Actual: {
            metric: string | null;
            measure: string | null;
            /** @example 6.4 */
            value: number;
            /** @example % */
            unit: string;
            text: string;
        };
        /** @description A rank the progress text gives, e.g. 居全省第6位 */
        Rank: {
            /** @example 6 */
            position: number | "last";
            /** @example 全省 */
            scope: string;
            text: string;
        };
        /**
         * @description 序时进度: ahead (超序时): a cumulative target 10 percentage points or more past the share of the year elapsed, or reached before the year is out, or a rate 1 point or more past its target; on_schedule (达序时); behind (欠序时): short of the share due, or of the rate
         * @enum {unknown}
         */
        PaceVerdict: "ahead" | "on_schedule" | "behind";
        /** @description 序时进度: the entry's figure against the task's target and the share of the year its period reaches. A suggestion; the evaluation (status) stays the office's */
        Pace: {
            /**
             * @description quantity: a cumulative amount against the share due (of the year elapsed, months ÷ 12, or the task's schedule: 计划进度); rate: a year-to-date rate or level against the target itself; completion: a completion percentage the progress gives (完成总工程量的80%) against the task's schedule; milestone: the task's milestones (节点) the progress reports reached against those due
             * @enum {unknown}
             */
            kind: "quantity" | "rate" | "completion" | "milestone";
            /** @description The target's words in the task's title, or the task's schedule in words */
            target: string;
            /** @description The share of the annual target due by the period's end, 0–1 (milestone: of the milestones) */
            expectedShare: number | null;
            /** @description The share reached (milestone: of the milestones) */
            actualShare: number | null;
            /** @description null: no figure reports on the target, or the target has no agreed tolerance (左右); statement says which */
            verdict: components["schemas"]["PaceVerdict"] | null;
            /** @description How far ahead (+) or behind (−): percentage points of the target (quantity, completion), or of the rate; null for milestones */
            gap: number | null;
            /**
             * @description In the office's words
             * @example 完成年度目标的38.2%，低于序时进度3.5个百分点
             */
            statement: string;
        };
        /** @description A figure the progress gives, with its kind and where it stands in the text */
        FigureSpan: {
            /**
             * @description amount: an amount or count (51.36亿元, 6598人); growth: a change (增长6.4%, 下降0.7个百分点); share: a percentage that is no change (占全年的38.2%); rank: 居全省第6位; date: 5月底, 1-5月
             * @enum {unknown}
             */
            kind: "amount" | "growth" | "share" | "rank" | "date";
            /** @description The figure as the progress writes it: progress.slice(start, end) */
            text: string;
            /** @description Where it starts in progress, in UTF-16 code units (JavaScript string index) */
            start: number;
            end: number;
            /** @description The number (amount, growth, share); null for a rank or a date */
            value: number | null;
            unit: string | null;
        };
        /**
         * @description 催办: when the schedule reminds lead units of entries not yet submitted
         * @example {
         *       "remindDaysBefore": [
         *         3,
         *         1
         *       ],
         *       "overdueEveryDays": 2,
         *       "warningDays": 3
         *     }
         */
        Supervision: {
            /** @description Remind units with missing entries this many days before the deadline */
            remindDaysBefore: number[];
            /** @description Once overdue, remind again every this many days (0: once, when the deadline passes) */
            overdueEveryDays: number;
            /** @description An entry due within this many days shows yellow in compliance */
            warningDays: number;
        };
        /**
         * @description The city's own 工作评价 words, per canonical status: the word its exports, narrative and return sheets write, and other words its imports read as that status (before the built-in ones). A word names one status. A status left out keeps the service's words (已完成, 超进度, 序时推进, 未达预期, 其它类); null: all of them.
         * @example {
         *       "behind": {
         *         "word": "欠进度"
         *       },
         *       "on_track": {
         *         "word": "达进度"
         *       },
         *       "ahead": {
         *         "word": "超进度"
         *       },
         *       "completed": {
         *         "word": "已完成和提前完成",
         *         "also": [
         *           "已完成",
         *           "提前完成"
         *         ]
         *       },
         *       "other": {
         *         "word": "其它类"
         *       }
         *     }
         */
        StatusWords: {
            completed?: {
                /** @description A 工作评价 word as the city writes it */
                word: string;
                /** @description Other words an import reads as this status */
                also?: string[];
            };
            ahead?: {
                /** @description A 工作评价 word as the city writes it */
                word: string;
                /** @description Other words an import reads as this status */
                also?: string[];
            };
            on_track?: {
                /** @description A 工作评价 word as the city writes it */
                word: string;
                /** @description Other words an import reads as this status */
                also?: string[];
            };
            behind?: {
                /** @description A 工作评价 word as the city writes it */
                word: string;
                /** @description Other words an import reads as this status */
                also?: string[];
            };
            other?: {
                /** @description A 工作评价 word as the city writes it */
                word: string;
                /** @description Other words an import reads as this status */
                also?: string[];
            };
        };
        /** @description Open data (政务公开): the city's published releases as files at stable URLs under /open/, without a key */
        OpenData: {
            /** @description false: none of the city's releases is reachable under /open/, nor listed in /open/catalog.json (they are kept) */
            enabled: boolean;
            /** @description The licence each release's datapackage.json names (written when the release is published) */
            license: {
                /**
                 * @description An SPDX identifier or the licence's short name
                 * @example CC-BY-4.0
                 */
                name: string;
                /** @example Creative Commons Attribution 4.0 International */
                title: string;
                /**
                 * Format: uri
                 * @example https://creativecommons.org/licenses/by/4.0/
                 */
                path: string;
            };
        };
        City: {
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            code: string;
            /** @example 池州市 */
            name: string;
            /** @example 安徽省 */
            province: string;
            supervision: components["schemas"]["Supervision"];
            statusWords: components["schemas"]["StatusWords"] | null;
            openData: components["schemas"]["OpenData"];
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        CityList: {
            items: components["schemas"]["City"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 牵头责任单位: a department that leads tasks */
        LeadUnit: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @example 市发展改革委 */
            name: string;
            /**
             * @description Other names of the unit, e.g. its short name
             * @example [
             *       "市发改委"
             *     ]
             */
            aliases: string[];
            /**
             * @description The alias the office's own summary calls the unit by (the report narrative uses it); null: the name
             * @example 市发改委
             */
            shortName: string | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        LeadUnitList: {
            items: components["schemas"]["LeadUnit"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        LeadUnitMerge: {
            leadUnit: components["schemas"]["LeadUnit"];
            /** @description Tasks whose lead units changed */
            movedTaskIds: number[];
            /** @description Names of the merged unit that became aliases of the survivor */
            aliasesAdded: string[];
            keys: {
                /** @description Keys that now speak for the survivor */
                moved: number[];
                /** @description Keys revoked by the merge */
                revoked: number[];
            };
        };
        /**
         * @description month_cumulative: 1-5月份; quarter: 一季度; half_year: 上半年; year: 全年
         * @enum {unknown}
         */
        PeriodKind: "month_cumulative" | "quarter" | "half_year" | "year" | "custom";
        /**
         * @description A closed period's entries are read-only
         * @enum {unknown}
         */
        PeriodState: "open" | "closed";
        /** @description What the period's published report says around its table: the exports print it, the narrative uses the list size and the opening. An import of a document that states them keeps them */
        ReportHeader: {
            /**
             * @description The report's title; null: the exports write 关于{period}市政府重点工作责任清单进展情况的报告
             * @example 关于1-5月份市政府重点工作责任清单进展情况的报告
             */
            title: string | null;
            /**
             * @description 文号; null: none
             * @example 池政办〔2025〕12号
             */
            documentNumber: string | null;
            /**
             * @description The issuing office; null: the exports write {city}人民政府办公室
             * @example 池州市人民政府办公室
             */
            issuingOffice: string | null;
            /**
             * @description 成文日期; null: the exports date a closed period's report the day it closed, an open one's today
             * @example 2025-06-26
             */
            issuedOn: string | null;
            /**
             * @description How many tasks the whole list has, where the city holds only part of it (the table lists 49 of 147); null: the tasks held
             * @example 147
             */
            listSize: number | null;
            /**
             * @description The report's opening paragraph as published. The narrative keeps its sentences before the figures; where the city holds only part of the list, it says the paragraph as published while the entries held agree with its figures
             * @example 今年以来,各地各部门按照《2025年市政府重点工作责任清单》(池政秘〔2025〕9号)要求,压实工作责任,细化工作举措,认真抓好落实。1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、完成人工造林任务),137项按序时推进,8项未达预期目标。
             */
            opening: string | null;
        };
        /** @description A reporting period, cumulative from 1 January in the reports */
        Period: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @example 2025 */
            year: number;
            /** @example 1-5月份 */
            label: string;
            kind: components["schemas"]["PeriodKind"];
            /**
             * Format: date
             * @description YYYY-MM-DD
             * @example 2025-05-31
             */
            startsOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             * @example 2025-05-31
             */
            endsOn: string;
            state: components["schemas"]["PeriodState"];
            /** @description The deadline for lead units to submit their entries (RFC 3339); null: none, the period is not supervised */
            dueAt: string | null;
            /** @description What its published report says around the table; null: nothing kept */
            reportHeader: components["schemas"]["ReportHeader"] | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        PeriodList: {
            items: components["schemas"]["Period"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description 工作评价: completed 已完成, ahead 超进度, on_track 序时推进, behind 未达预期, other 其它类; not_rated where a report has no evaluation. A city may write its own words for them (City.statusWords)
         * @enum {unknown}
         */
        ProgressStatus: "completed" | "ahead" | "on_track" | "behind" | "other" | "not_rated";
        /**
         * @description draft: the lead unit is writing it; submitted: waiting for the office; returned: sent back for rework (see comments); accepted: the office has given its evaluation (status). Entries imported from a published report are accepted.
         * @enum {unknown}
         */
        EntryState: "draft" | "submitted" | "returned" | "accepted";
        /** @description A lead unit's report on one task for one period */
        ProgressEntry: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            status: components["schemas"]["ProgressStatus"];
            /** @description 进展情况: what was done in the period */
            progress: string;
            /** @description 近期工作安排 */
            nextSteps: string;
            /** @description 备注 */
            remarks: string;
            /** @description The figure the progress reports against the task's target */
            actual: components["schemas"]["Actual"] | null;
            /** @description The rank the progress gives, e.g. 居全省第6位 */
            rank: components["schemas"]["Rank"] | null;
            /** @description 序时进度 of actual against the task's target; null: the task has no measurable target */
            pace: components["schemas"]["Pace"] | null;
            /** @description Every figure progress gives, in text order, with its kind and span: what a client highlights */
            figures: components["schemas"]["FigureSpan"][];
            /**
             * @description actual and rank read from the text, or set by a person (then kept)
             * @enum {unknown}
             */
            indicatorsSource: "extracted" | "manual";
            state: components["schemas"]["EntryState"];
            /** @description The evaluation the lead unit proposes; the office sets status */
            proposedStatus: components["schemas"]["ProgressStatus"] | null;
            /** @description The last submission */
            submittedAt: string | null;
            /** @description The last submission came after the deadline then in force */
            late: boolean;
            /** @description When the office last returned or accepted it */
            reviewedAt: string | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        ProgressEntryList: {
            items: components["schemas"]["ProgressEntry"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 批示 / 意见 on a task's entry for a period */
        EntryComment: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            /** @description The API key that wrote it */
            authorKeyId: number | null;
            /**
             * @description The role of that key when it wrote
             * @enum {unknown}
             */
            authorRole: "admin" | "city_office" | "lead_unit" | "reader" | "system";
            /**
             * @description comment: 批示 / 意见; return_reason: why the office returned the entry
             * @enum {unknown}
             */
            kind: "comment" | "return_reason" | "extension_request" | "extension_decision";
            body: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
        };
        EntryCommentList: {
            items: components["schemas"]["EntryComment"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description stale: 进展无实质变化, the progress is nearly the same as its task's entry of the previous period, dates and figures set aside; template: 模板化表述, a sentence of it is word for word in the entry of a task that shares none of its lead units; contradiction: the unit proposes 序时推进 or 已完成 but the entry's own figures are behind 序时进度
         * @enum {unknown}
         */
        EntryFlagKind: "stale" | "template" | "contradiction";
        /** @description The progress says again what the task's entry said in the previous period of the year (the one that ends latest before this one ends), only its dates and figures moved on. Texts under 26 characters, dates and figures set aside (a figure and a rank), are not compared. */
        StaleFlag: {
            /** @enum {string} */
            kind: "stale";
            /**
             * @description Row id
             * @example 1
             */
            previousPeriodId: number;
            /** @description How alike the two progress texts are once dates and figures are set aside (Dice coefficient of their character bigrams, two places): 1 the same; flagged from 0.85 */
            similarity: number;
        };
        /** @description A sentence another unit's entry of the same period holds word for word (地点改一改) */
        TemplateFlag: {
            /** @enum {string} */
            kind: "template";
            /** @description The sentence as this entry writes it (split at 。；！？ and line breaks; 12 characters or more) */
            sentence: string;
            /** @description The period's other entries that hold the sentence, in the order of the list */
            otherEntries: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                /** @description The lead units of that task, none of them one of this task's */
                leadUnitIds: number[];
            }[];
        };
        /** @description The unit proposes 序时推进 or 已完成, but the entry's own figures are behind 序时进度 (see pace) */
        ContradictionFlag: {
            /** @enum {string} */
            kind: "contradiction";
            proposedStatus: components["schemas"]["ProgressStatus"];
            /**
             * @description What the figures say: the pace's statement
             * @example 增长4%，低于目标1个百分点
             */
            statement: string;
        };
        /** @description Why the office may look twice at an entry's text */
        EntryFlag: components["schemas"]["StaleFlag"] | components["schemas"]["TemplateFlag"] | components["schemas"]["ContradictionFlag"];
        /** @description A lead unit's report on one task for the period, with what its text is flagged for */
        PeriodProgressEntry: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            status: components["schemas"]["ProgressStatus"];
            /** @description 进展情况: what was done in the period */
            progress: string;
            /** @description 近期工作安排 */
            nextSteps: string;
            /** @description 备注 */
            remarks: string;
            /** @description The figure the progress reports against the task's target */
            actual: components["schemas"]["Actual"] | null;
            /** @description The rank the progress gives, e.g. 居全省第6位 */
            rank: components["schemas"]["Rank"] | null;
            /** @description 序时进度 of actual against the task's target; null: the task has no measurable target */
            pace: components["schemas"]["Pace"] | null;
            /** @description Every figure progress gives, in text order, with its kind and span: what a client highlights */
            figures: components["schemas"]["FigureSpan"][];
            /**
             * @description actual and rank read from the text, or set by a person (then kept)
             * @enum {unknown}
             */
            indicatorsSource: "extracted" | "manual";
            state: components["schemas"]["EntryState"];
            /** @description The evaluation the lead unit proposes; the office sets status */
            proposedStatus: components["schemas"]["ProgressStatus"] | null;
            /** @description The last submission */
            submittedAt: string | null;
            /** @description The last submission came after the deadline then in force */
            late: boolean;
            /** @description When the office last returned or accepted it */
            reviewedAt: string | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
            /** @description Copied text (stale first, then each shared sentence in the order of the text), then figures against the proposed status; empty when none. Compared only with entries the caller may read (accepted ones, for a reader of published data) */
            flags: components["schemas"]["EntryFlag"][];
        };
        PeriodProgressEntryList: {
            items: components["schemas"]["PeriodProgressEntry"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description lead: 牵头; support: 配合
         * @enum {unknown}
         */
        LeadRole: "lead" | "support";
        TaskLeadUnit: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @example 市发展改革委 */
            name: string;
            role: components["schemas"]["LeadRole"];
            /** @description Position in the report's lead-unit cell, from 0 */
            order: number;
        };
        /**
         * @description How a split task's status follows its parts: weakest, the weakest part's; share, the verdict of the parts' weighted share
         * @enum {unknown}
         */
        RollupRule: "weakest" | "share";
        /**
         * @description The task's own yardstick for 序时进度 instead of months ÷ 12: its dates lie in the task's year. Milestones, when given, are the yardstick; else the shares are, for a cumulative target or, with no measurable target, for the completion percentage the progress gives
         * @example {
         *       "milestones": [
         *         {
         *           "name": "开工",
         *           "due": "2025-03-31"
         *         },
         *         {
         *           "name": "主体完工",
         *           "due": "2025-09-30"
         *         },
         *         {
         *           "name": "投用",
         *           "due": "2025-12-31"
         *         }
         *       ]
         *     }
         */
        TaskSchedule: {
            /** @description 计划进度: the share due by each date, dates rising and shares not falling; due shares between them are drawn straight, from nothing on 1 January */
            shares?: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 * @example 2025-05-31
                 */
                by: string;
                /** @description The share of the year's target (or of the project) done by then, in % */
                percent: number;
            }[];
            /** @description 节点: each due by its date; reached when the progress says so */
            milestones?: {
                /**
                 * @description As the office says it: 开工, 主体完工, 投用
                 * @example 主体完工
                 */
                name: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 * @example 2025-05-31
                 */
                due: string;
                /** @description Other words the progress may say it with (主体结构封顶) */
                words?: string[];
            }[];
        };
        /** @description 重点工作任务: one task of the city's annual list */
        Task: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @example 2025 */
            year: number;
            /** @description 序号: number in the city's annual list */
            seq: number;
            /** @example 地区生产总值增长6.5%以上。 */
            title: string;
            category: string | null;
            leadUnits: components["schemas"]["TaskLeadUnit"][];
            /** @description The numeric targets the title sets */
            targets: components["schemas"]["Target"][];
            /**
             * @description extracted from the title, or set by a person (then kept)
             * @enum {unknown}
             */
            targetsSource: "extracted" | "manual";
            /** @description The office's own schedule or milestones; null: 序时进度 is months ÷ 12 */
            schedule: components["schemas"]["TaskSchedule"] | null;
            /** @description 县区分解: the task of the list this one is a part of (a county's or district's share, its seq numbering it under the parent); null: a task of the list */
            parentId: number | null;
            /** @description A part's share of its parent's quantity target, in the parent's unit (2 of 5 所): its weight in the roll-up; null: not weighted */
            part: number | null;
            /** @description A split task's rule for its status; null: weakest */
            rollup: components["schemas"]["RollupRule"] | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        TaskList: {
            items: components["schemas"]["Task"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description 县区分解: how a split task stands in a period by its parts */
        TaskRollup: {
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            rule: components["schemas"]["RollupRule"];
            /** @description The task's status by its parts: null when a part has no accepted entry (weakest) or there is no weighted share (share) */
            status: components["schemas"]["ProgressStatus"] | null;
            /** @description The parts' weighted share, when every part has a weight (part); null otherwise */
            share: {
                /** @description The share of the target due by the period's end (序时进度, or the task's own shares), 0–1 */
                expectedShare: number;
                /** @description Σ part × share reached ÷ Σ part, 0–1; null: a part has no figure */
                actualShare: number | null;
                verdict: components["schemas"]["PaceVerdict"] | null;
                /** @description Percentage points ahead (+) or behind (−) */
                gap: number | null;
                /** @example 合计完成年度目标的40%，低于序时进度1.7个百分点 */
                statement: string;
            } | null;
            /** @description In seq order */
            parts: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                leadUnits: {
                    /**
                     * @description Row id
                     * @example 1
                     */
                    id: number;
                    name: string;
                }[];
                part: number | null;
                /** @description Its entry in the review; null: none, or a draft */
                state: ("submitted" | "returned" | "accepted") | null;
                /** @description The office's evaluation of its accepted entry */
                status: components["schemas"]["ProgressStatus"] | null;
                /** @description 序时进度 of its accepted entry's figures */
                verdict: components["schemas"]["PaceVerdict"] | null;
                /** @description Rated 未达预期, or behind 序时进度 by its figures */
                behind: boolean;
            }[];
            /** @description The parts behind */
            behind: number[];
            /** @description The parts with no accepted entry for the period */
            unreported: number[];
            /**
             * @description null: no part behind
             * @example 其中贵池区、东至县未达序时进度。
             */
            statement: string | null;
        };
        /**
         * @description text: the document was sent as text (see layout); xlsx: an Excel workbook, read from its first visible sheet with a table; docx: a Word document, read from its first table with a 序号 header
         * @enum {unknown}
         */
        ImportFormat: "text" | "xlsx" | "docx";
        /**
         * @description pipe: every cell on its own line ending in " |"; tab: one row per line, tab-separated; paragraph: text copied from a web page, every cell its own paragraph; csv and markdown: as the report export writes them; spaced: one row per line, cells separated by a space (two around an empty cell); glued: one row per line, the cells written together (a page copied as text). In the spaced and glued layouts where a cell ends is read from what the cells say, and each row so read is a warning (cells_by_content). An import of an uploaded xlsx or docx reports csv: its table arrives as rows of cells, as a CSV does
         * @enum {unknown}
         */
        ImportLayout: "pipe" | "tab" | "paragraph" | "csv" | "markdown" | "spaced" | "glued";
        /**
         * @description What a column of the report's table holds, and where the import puts it. seq: the 序号; title: the task's text; leadUnits: the units that lead it (牵头); supportUnits: units that support it (协同, 配合), linked to the task with role support; status: the 工作评价 (a status word, 是/否 for 是否达序, or a completion percentage); progress, nextSteps, remarks: the entry's fields. problems, deadline, target, leader, previousProgress (an earlier period's progress) and other (a column of no known role) are kept in the entry's remarks, each line as「header：text」; the target is also read for the task's targets.
         * @enum {unknown}
         */
        ColumnRole: "seq" | "title" | "leadUnits" | "supportUnits" | "status" | "progress" | "nextSteps" | "remarks" | "problems" | "deadline" | "target" | "leader" | "previousProgress" | "other";
        ImportColumn: {
            /** @description The column's header, as the document writes it (a heading split over two lines joined) */
            title: string;
            role: components["schemas"]["ColumnRole"];
            /** @description The header word that decided the role; null when none did or the request set it */
            word: string | null;
            /** @description The request set the role (columnRoles) */
            overridden: boolean;
        };
        ImportWarning: {
            /** @description The row in the document's table, from 1 */
            rowNumber: number | null;
            /** @description The line in the document, from 1; in an xlsx the sheet's row, in a docx the paragraph or table row counted from the top */
            line: number | null;
            /** @example row_truncated */
            code: string;
            message: string;
        };
        /** @description An entry the import left as it is: a person changed it since the document was last imported, and it differs from the document. Import again with overwrite: true to let the document win. A return sheet's conflicts also give the entry's state (entryState): a submitted or accepted entry is the office's and is never replaced by a unit's sheet, overwrite or not; a draft or returned one is a conflict when it changed after the sheet was written out, and overwrite: true lets the sheet win. */
        ImportConflict: {
            /** @description The row's 序号 */
            seq: number;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            entryId: number;
            /** @description The fields where the stored entry and the document differ */
            fields: ("status" | "progress" | "nextSteps" | "remarks")[];
            /**
             * @description changed_since_import: changed through the API after an import last wrote it; filed_by_person: no import ever wrote it
             * @enum {unknown}
             */
            reason: "changed_since_import" | "filed_by_person";
            entryState?: components["schemas"]["EntryState"];
        };
        ImportResult: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            sourceName: string;
            /** @description SHA-256 of the document, hex */
            checksum: string;
            format: components["schemas"]["ImportFormat"];
            layout: components["schemas"]["ImportLayout"];
            /** @description The table's columns in order, each with the role it was read in and the header word that decided it: what to check on a dry run, and to correct with columnRoles. Imports stored before columns were listed have none. */
            columns?: components["schemas"]["ImportColumn"][];
            dryRun: boolean;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /** @example 2025 */
            year: number;
            period: {
                /** @description null on a dry run that would create the period */
                id: number | null;
                label: string;
                kind: components["schemas"]["PeriodKind"];
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 * @example 2025-05-31
                 */
                startsOn: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 * @example 2025-05-31
                 */
                endsOn: string;
            };
            /** @description Rows read from the document */
            rows: number;
            /** @description Tasks are matched by seq and follow the document: a title or lead units a person changed are replaced. Entries a person changed since the last import are protected: see conflicts. */
            counts: {
                period: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                leadUnits: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                tasks: {
                    created: number;
                    updated: number;
                    unchanged: number;
                };
                entries: {
                    created: number;
                    updated: number;
                    unchanged: number;
                    /** @description Entries left as a person changed them: the length of conflicts */
                    conflicts: number;
                };
            };
            /** @description Names that matched no unit and became new units: merge duplicates */
            newLeadUnits: string[];
            warnings: components["schemas"]["ImportWarning"][];
            /** @description Entries left as a person changed them (the dry run lists the same); empty with overwrite: true */
            conflicts: components["schemas"]["ImportConflict"][];
            /** @description Present when the import was of a lead unit's return sheet (or sent leadUnitId): its rows were filed as that unit's entries in the period, and nothing else was changed. The 工作评价 column is the unit's proposedStatus; a conflict's status field means it. */
            returnSheet?: {
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
                leadUnitName: string;
            };
        };
        ImportList: {
            items: components["schemas"]["ImportResult"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        Summary: {
            period: components["schemas"]["Period"];
            /** @description Tasks on the city's list for the period's year */
            taskCount: number;
            counts: {
                completed: number;
                /** @description 超进度: ahead of 序时 */
                ahead: number;
                on_track: number;
                behind: number;
                /** @description 其它类: a class the city keeps outside the pace (by its own words) */
                other: number;
                not_rated: number;
                /** @description 已报送待审核: submitted and not yet reviewed by the office */
                awaiting_review: number;
                /** @description 退回修改: returned to the unit and not yet submitted again */
                returned: number;
                /** @description 未报送: no entry for the period, or only a draft */
                not_reported: number;
            };
            /** @description Entries handed in (submitted or accepted) after their deadline in force, as compliance counts them */
            late: number;
            /** @description Tasks rated 未达预期, in seq order */
            behind: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                leadUnits: {
                    /**
                     * @description Row id
                     * @example 1
                     */
                    id: number;
                    name: string;
                }[];
                targets: components["schemas"]["Target"][];
                actual: components["schemas"]["Actual"] | null;
                rank: components["schemas"]["Rank"] | null;
                progress: string;
            }[];
            /** @description Per lead unit, in the order units first appear in the list */
            units: {
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
                name: string;
                /** @description Tasks the unit leads */
                tasks: number;
                counts: {
                    completed: number;
                    /** @description 超进度: ahead of 序时 */
                    ahead: number;
                    on_track: number;
                    behind: number;
                    /** @description 其它类: a class the city keeps outside the pace (by its own words) */
                    other: number;
                    not_rated: number;
                    /** @description 已报送待审核: submitted and not yet reviewed by the office */
                    awaiting_review: number;
                    /** @description 退回修改: returned to the unit and not yet submitted again */
                    returned: number;
                    /** @description 未报送: no entry for the period, or only a draft */
                    not_reported: number;
                };
                notReported: number;
            }[];
            /** @description Who has not reported: tasks with no entry or only a draft, by lead unit (submitted and returned entries are counted apart, as compliance counts them) */
            notReported: {
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
                name: string;
                tasks: {
                    /**
                     * @description Row id
                     * @example 1
                     */
                    taskId: number;
                    seq: number;
                    title: string;
                }[];
            }[];
            /** @description Entries whose figures say behind although a person rated them otherwise; never applied */
            suggestions: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                status: components["schemas"]["ProgressStatus"];
                /** @enum {string} */
                suggestedStatus: "behind";
                reason: string;
            }[];
            /** @description 序时进度 of the accepted entries of tasks with a measurable target (see Pace) */
            pace: {
                ahead: number;
                on_schedule: number;
                behind: number;
                /** @description A measurable target, but no figure in the progress that reports on it */
                noVerdict: number;
            };
            /** @description Tasks whose figures are behind 序时进度, whatever the office rated them, in seq order: a suggestion, never applied */
            behindSchedule: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                status: components["schemas"]["ProgressStatus"];
                /** @example 完成年度目标的35.2%，低于序时进度6.5个百分点 */
                statement: string;
            }[];
            /** @description A year-end forecast for each accepted entry with a figure for its task's target, in seq order */
            forecasts: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                status: components["schemas"]["ProgressStatus"];
                /** @description The projected year-end value, in unit */
                projected: number;
                unit: string;
                /**
                 * @description run_rate: the figure at the pace of the year so far (a rate as it stands); last_year: last year's figures for the same indicator at this month and at the year's end give the shape of the year; schedule: the task's own schedule (计划进度) gives it
                 * @enum {unknown}
                 */
                basis: "run_rate" | "last_year" | "schedule";
                /** @description The projection misses the target */
                misses: boolean;
                /** @description On track now (rated 序时推进 or 已完成, or on or ahead of 序时进度) but projected to miss */
                atRisk: boolean;
                /** @example 按目前进度（全年时间已过41.7%）推算，全年预计84.5亿元，低于目标100亿元 */
                statement: string;
            }[];
            /** @description Tasks on track now but projected to miss their target; the narrative says so in a sentence each */
            atRisk: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                status: components["schemas"]["ProgressStatus"];
                statement: string;
            }[];
            /** @description 县区分解: each task of the list split into parts, as its parts stand (the narrative names the parts behind), in seq order */
            splits: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                rollup: components["schemas"]["TaskRollup"];
            }[];
            /** @description The Chinese summary paragraph, from stored data only */
            narrative: string;
        };
        ReportTable: {
            /** @example 池州市2025年1-5月份重点工作进展情况 */
            title: string;
            narrative: string;
            /**
             * @example [
             *       "序号",
             *       "重点工作任务",
             *       "牵头责任单位",
             *       "工作评价",
             *       "1-5月份进展情况",
             *       "近期工作安排",
             *       "备注"
             *     ]
             */
            columns: string[];
            /** @description One row per task, cells in the order of columns */
            rows: string[][];
        };
        /** @enum {unknown} */
        ReportFormat: "json" | "csv" | "xlsx" | "md" | "docx";
        StatusChanges: {
            since: components["schemas"]["Period"];
            period: components["schemas"]["Period"];
            items: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                from: components["schemas"]["ProgressStatus"] | "not_reported";
                to: components["schemas"]["ProgressStatus"] | "not_reported";
            }[];
        };
        /**
         * @description admin: everything; city_office: everything in its city; lead_unit: reads its city, writes entries of tasks it leads; reader: reads one city, or all when cityCode is null
         * @enum {unknown}
         */
        Role: "admin" | "city_office" | "lead_unit" | "reader";
        /** @description An API key, without its secret */
        ApiKey: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @description The visible part of the key, to tell keys apart */
            prefix: string;
            /** @example 池州市政府办公室 */
            name: string;
            role: components["schemas"]["Role"];
            cityCode: string | null;
            leadUnitId: number | null;
            /** @description The key that created this one */
            createdBy: number | null;
            revokedAt: string | null;
            /**
             * @description all: everything the role may read; published (readers only): accepted entries only, for a public portal
             * @default all
             */
            scope: "all" | "published";
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        NewApiKey: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @description The visible part of the key, to tell keys apart */
            prefix: string;
            /** @example 池州市政府办公室 */
            name: string;
            role: components["schemas"]["Role"];
            cityCode: string | null;
            leadUnitId: number | null;
            /** @description The key that created this one */
            createdBy: number | null;
            revokedAt: string | null;
            /**
             * @description all: everything the role may read; published (readers only): accepted entries only, for a public portal
             * @default all
             */
            scope: "all" | "published";
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
            /** @description The key itself: shown this once, stored only as a hash */
            key: string;
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        AuditEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            at: string;
            apiKeyId: number | null;
            requestId: string | null;
            /** @example update */
            action: string;
            /** @example progress_entry */
            entity: string;
            entityId: string;
            /** @description The row before the write; null for a create */
            before: unknown;
            /** @description The row after the write; null for a delete */
            after: unknown;
        };
        AuditList: {
            items: components["schemas"]["AuditEvent"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description pending: waits for the office; approved: its dueAt is the entry's deadline in force; rejected: the deadline stays
         * @enum {unknown}
         */
        ExtensionState: "pending" | "approved" | "rejected";
        /** @description 延期申请: a lead unit asks to file one task's entry for a period later */
        Extension: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            /** @description The unit that asked (the task's first lead unit when the office asked for it) */
            leadUnitId: number | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            dueAt: string;
            /** @description Why the unit needs more time */
            reason: string;
            state: components["schemas"]["ExtensionState"];
            /** @description The API key that asked */
            requestedBy: number | null;
            /** @description The API key that approved or rejected it */
            decidedBy: number | null;
            /** @description The office's reason */
            decisionReason: string | null;
            decidedAt: string | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        ExtensionList: {
            items: components["schemas"]["Extension"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description manual: sent by the office; before_due: the city's schedule, days before a deadline; overdue: at and after it
         * @enum {unknown}
         */
        ReminderKind: "manual" | "before_due" | "overdue";
        /** @description 催办: a lead unit reminded of the entries it has not filed for a period */
        Reminder: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            /**
             * @description Row id
             * @example 1
             */
            leadUnitId: number;
            /** @description The tasks whose entries the unit had not filed */
            taskIds: number[];
            kind: components["schemas"]["ReminderKind"];
            /** @description When the slot of the schedule it fills came; null for a manual one */
            slotAt: string | null;
            /** @description Which slot: the deadline it counts from and its offset in minutes (period@-1440m: a day before the period's deadline; extension:7@0m: at extension 7's). A unit is reminded once a slot; null for a manual reminder */
            slot: string | null;
            reason: string;
            /** @description The API key that sent it; null for the schedule */
            issuedBy: number | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
        };
        /** @description The reminders written, one per unit */
        ReminderBatch: {
            items: components["schemas"]["Reminder"][];
        };
        ReminderList: {
            items: components["schemas"]["Reminder"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description Every change of an entry (filed, submitted, returned, accepted, deleted; overdue: its deadline in force passed unsubmitted), a reminder, an extension (requested, decided), a period, a task, a lead unit, a committed import or a webhook subscription. Each type's payload is in the document's webhooks
         * @enum {unknown}
         */
        EventType: "entry.filed" | "entry.submitted" | "entry.returned" | "entry.accepted" | "entry.deleted" | "entry.overdue" | "reminder.issued" | "extension.requested" | "extension.decided" | "period.created" | "period.updated" | "period.closed" | "period.reopened" | "period.deleted" | "task.created" | "task.updated" | "task.deleted" | "lead_unit.created" | "lead_unit.updated" | "lead_unit.merged" | "lead_unit.deleted" | "import.committed" | "webhook.created" | "webhook.updated" | "webhook.deleted";
        /**
         * @description json: the event as duban writes it, signed with Duban-Signature; wecom: a 企业微信 group robot's markdown message; dingtalk: a 钉钉 group robot's markdown message, its URL signed (加签) with the secret when one is set
         * @enum {unknown}
         */
        WebhookFormat: "json" | "wecom" | "dingtalk";
        /**
         * @description pending: to be sent (again); delivered: the receiver answered 2xx (a robot: errcode 0); failed: given up after retrying for a day
         * @enum {unknown}
         */
        DeliveryState: "pending" | "delivered" | "failed";
        /** @description A change, written in the transaction that made it; data is as the document's webhook for its type gives it */
        Event: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            type: components["schemas"]["EventType"];
            /** @description What it is about (entry:<taskId>:<periodId>, period:<id>, reminder:<periodId>:<leadUnitId>) */
            subject: string;
            /** @description What a follower needs to act without reading back: ids, names, times */
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
        };
        /** @description A subscription to the city's events */
        Webhook: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @description Where deliveries go, its user-info and query values masked (***): a robot's key or access_token is never shown */
            url: string;
            events: components["schemas"]["EventType"][];
            format: components["schemas"]["WebhookFormat"];
            /** @description An inactive subscription receives nothing, and nothing is queued for it */
            active: boolean;
            /** @description Whether a secret is kept (it is never shown) */
            secretSet: boolean;
            /** @description The API key that subscribed */
            createdBy: number | null;
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        /** @description One event sent to one subscription, and how its attempts went */
        WebhookDelivery: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description Row id
             * @example 1
             */
            webhookId: number;
            /**
             * @description Row id
             * @example 1
             */
            eventId: number;
            eventType: components["schemas"]["EventType"];
            state: components["schemas"]["DeliveryState"];
            attempts: number;
            /** @description When it is sent (again); null once delivered or failed */
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            /** @description The HTTP status of the last attempt; null: no answer */
            lastStatus: number | null;
            /** @description Why the last attempt failed: at most a short excerpt of the answer, the subscription's credentials masked (***) */
            lastError: string | null;
            deliveredAt: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
        };
        WebhookList: {
            items: components["schemas"]["Webhook"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        EventList: {
            items: components["schemas"]["Event"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description green: submitted (or accepted); red: not submitted and past its deadline in force; yellow: not submitted and due within the city's warningDays; none: not yet near, or the period has no deadline
         * @enum {unknown}
         */
        Light: "green" | "yellow" | "red" | "none";
        ComplianceCounts: {
            /** @description Tasks whose entry is due in the period */
            due: number;
            /** @description Submitted (or accepted) by the deadline then in force */
            onTime: number;
            /** @description Submitted after it */
            late: number;
            /** @description Returned by the office and not submitted again yet */
            returned: number;
            /** @description No entry, or a draft */
            missing: number;
        };
        /** @description One lead unit's tasks (led or supported) in the period */
        UnitCompliance: {
            /**
             * @description Row id
             * @example 1
             */
            leadUnitId: number;
            name: string;
            /** @description Tasks whose entry is due in the period */
            due: number;
            /** @description Submitted (or accepted) by the deadline then in force */
            onTime: number;
            /** @description Submitted after it */
            late: number;
            /** @description Returned by the office and not submitted again yet */
            returned: number;
            /** @description No entry, or a draft */
            missing: number;
        };
        TaskCompliance: {
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            seq: number;
            title: string;
            /** @description In the order the report lists them */
            leadUnitIds: number[];
            /** @description The entry's state; null: no entry */
            state: components["schemas"]["EntryState"] | null;
            /** @description The deadline in force: an approved extension's, else the period's */
            dueAt: string | null;
            submittedAt: string | null;
            /** @description The last submission came after the deadline then in force */
            late: boolean;
            light: components["schemas"]["Light"];
            /** @description 序时进度 of the entry's figures against the task's target (see Pace on the entry); null: no entry, no figure, or no measurable target */
            pace: components["schemas"]["PaceVerdict"] | null;
            /** @description The entry's flags on copied text, as the period's review list gives them (stale, then template); empty with no entry */
            flags: components["schemas"]["EntryFlag"][];
        };
        /** @description Who has filed the period's entries on time, late, or not yet, with a light per task */
        Compliance: {
            period: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                label: string;
                /** @description The period's own deadline */
                dueAt: string | null;
            };
            /** @description A task due within this many days is yellow (the city's setting) */
            warningDays: number;
            totals: components["schemas"]["ComplianceCounts"];
            /** @description In the order of the first task each unit leads */
            units: components["schemas"]["UnitCompliance"][];
            /** @description In the order of the list (seq) */
            tasks: components["schemas"]["TaskCompliance"][];
        };
        SearchMatch: {
            /**
             * @description Where the words are: the task's title or category, a lead unit's name or alias, or the entry's text or evaluation
             * @enum {unknown}
             */
            field: "title" | "category" | "leadUnits" | "progress" | "nextSteps" | "remarks" | "status";
            /** @description The passage around the first match (at most 120 characters; … where cut) */
            text: string;
            /** @description Each match in text, as [start, end) offsets in UTF-16 code units (JavaScript string indices) */
            highlights: {
                start: number;
                end: number;
            }[];
        };
        SearchHit: {
            task: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /** @example 2025 */
                year: number;
                seq: number;
                title: string;
                /** @description In the order the report lists them */
                leadUnits: {
                    /**
                     * @description Row id
                     * @example 1
                     */
                    id: number;
                    name: string;
                }[];
            };
            /** @description The entry that matches best (the latest period's of equals); null when the task alone holds every word */
            entry: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
                status: components["schemas"]["ProgressStatus"];
                state: components["schemas"]["EntryState"];
            } | null;
            /** @description Every field that holds a word, title first */
            matches: components["schemas"]["SearchMatch"][];
        };
        SearchPage: {
            items: components["schemas"]["SearchHit"][];
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        EntryEventData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            taskSeq: number;
            taskTitle: string;
            /** @description The task's lead units, in the list's order */
            leadUnits: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                name: string;
            }[];
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            periodLabel: string;
            /**
             * @description Row id
             * @example 1
             */
            entryId: number;
            state: components["schemas"]["EntryState"];
            status: components["schemas"]["ProgressStatus"];
            proposedStatus: components["schemas"]["ProgressStatus"] | null;
            submittedAt: string | null;
            late: boolean;
            version: number;
            /** @description Where the write came from: the API, a published report's import, or a lead unit's return sheet */
            origin: "api" | "import" | "return_sheet";
            /** @description entry.returned: the office's reason */
            reason?: string;
        };
        EntryOverdueData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            taskSeq: number;
            taskTitle: string;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            periodLabel: string;
            state: components["schemas"]["EntryState"] | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            dueAt: string;
            leadUnits: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                name: string;
            }[];
        };
        ReminderIssuedData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            reminderId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            periodLabel: string;
            /**
             * @description Row id
             * @example 1
             */
            leadUnitId: number;
            leadUnitName: string;
            /** @description manual, before_due or overdue */
            kind: string;
            slotAt: string | null;
            reason: string;
            dueAt: string | null;
            tasks: {
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                seq: number;
                title: string;
                dueAt: string | null;
            }[];
        };
        ExtensionRequestedData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            extensionId: number;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            taskSeq: number;
            taskTitle: string;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            periodLabel: string;
            leadUnitId: number | null;
            leadUnitName: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            dueAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            deadline: string;
            reason: string;
        };
        ExtensionDecidedData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            extensionId: number;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            taskSeq: number;
            taskTitle: string;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            periodLabel: string;
            leadUnitId: number | null;
            leadUnitName: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            dueAt: string;
            decision: "approved" | "rejected";
            reason: string | null;
            requestReason: string;
            deadline: string | null;
        };
        PeriodEventData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            year: number;
            label: string;
            kind: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            dueAt: string | null;
            /** @description open or closed */
            state: string;
            version: number;
        };
        TaskEventData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            year: number;
            seq: number;
            title: string;
            category: string | null;
            version: number;
            /** @description 县区分解: the task of the list this one is a part of (seq then numbers it under the parent); null: a task of the list */
            parentId: number | null;
            leadUnits: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                name: string;
                /** @description lead or support */
                role: string;
            }[];
        };
        /** @description lead_unit.merged also says what the merge moved */
        LeadUnitEventData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            leadUnitId: number;
            name: string;
            aliases: string[];
            shortName: string | null;
            version: number;
            /**
             * @description Row id
             * @example 1
             */
            mergedId?: number;
            mergedName?: string;
            movedTaskIds?: number[];
            aliasesAdded?: string[];
            keys?: {
                moved: number[];
                revoked: number[];
            };
        };
        ImportCommittedData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            importId: number;
            sourceName: string;
            checksum: string;
            format: string;
            layout: string;
            periodId: number | null;
            periodLabel: string;
            counts: {
                [key: string]: unknown;
            };
        };
        WebhookEventData: {
            /** @description The city's name, so a message can say where without another request */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            webhookId: number;
            /** @description The receiver's host; never its path, query or credentials */
            host: string;
            events: string[];
            format: string;
            active: boolean;
            version: number;
        };
        /** @description The entry.filed event, as a JSON webhook receives it */
        EntryFiledEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "entry.filed";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["EntryEventData"];
        };
        /** @description The entry.submitted event, as a JSON webhook receives it */
        EntrySubmittedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "entry.submitted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["EntryEventData"];
        };
        /** @description The entry.returned event, as a JSON webhook receives it */
        EntryReturnedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "entry.returned";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["EntryEventData"];
        };
        /** @description The entry.accepted event, as a JSON webhook receives it */
        EntryAcceptedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "entry.accepted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["EntryEventData"];
        };
        /** @description The entry.deleted event, as a JSON webhook receives it */
        EntryDeletedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "entry.deleted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["EntryEventData"];
        };
        /** @description The entry.overdue event, as a JSON webhook receives it */
        EntryOverdueEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "entry.overdue";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["EntryOverdueData"];
        };
        /** @description The reminder.issued event, as a JSON webhook receives it */
        ReminderIssuedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "reminder.issued";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["ReminderIssuedData"];
        };
        /** @description The extension.requested event, as a JSON webhook receives it */
        ExtensionRequestedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "extension.requested";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["ExtensionRequestedData"];
        };
        /** @description The extension.decided event, as a JSON webhook receives it */
        ExtensionDecidedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "extension.decided";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["ExtensionDecidedData"];
        };
        /** @description The period.created event, as a JSON webhook receives it */
        PeriodCreatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "period.created";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["PeriodEventData"];
        };
        /** @description The period.updated event, as a JSON webhook receives it */
        PeriodUpdatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "period.updated";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["PeriodEventData"];
        };
        /** @description The period.closed event, as a JSON webhook receives it */
        PeriodClosedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "period.closed";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["PeriodEventData"];
        };
        /** @description The period.reopened event, as a JSON webhook receives it */
        PeriodReopenedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "period.reopened";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["PeriodEventData"];
        };
        /** @description The period.deleted event, as a JSON webhook receives it */
        PeriodDeletedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "period.deleted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["PeriodEventData"];
        };
        /** @description The task.created event, as a JSON webhook receives it */
        TaskCreatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "task.created";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["TaskEventData"];
        };
        /** @description The task.updated event, as a JSON webhook receives it */
        TaskUpdatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "task.updated";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["TaskEventData"];
        };
        /** @description The task.deleted event, as a JSON webhook receives it */
        TaskDeletedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "task.deleted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["TaskEventData"];
        };
        /** @description The lead_unit.created event, as a JSON webhook receives it */
        LeadUnitCreatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "lead_unit.created";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["LeadUnitEventData"];
        };
        /** @description The lead_unit.updated event, as a JSON webhook receives it */
        LeadUnitUpdatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "lead_unit.updated";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["LeadUnitEventData"];
        };
        /** @description The lead_unit.merged event, as a JSON webhook receives it */
        LeadUnitMergedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "lead_unit.merged";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["LeadUnitEventData"];
        };
        /** @description The lead_unit.deleted event, as a JSON webhook receives it */
        LeadUnitDeletedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "lead_unit.deleted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["LeadUnitEventData"];
        };
        /** @description The import.committed event, as a JSON webhook receives it */
        ImportCommittedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "import.committed";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["ImportCommittedData"];
        };
        /** @description The webhook.created event, as a JSON webhook receives it */
        WebhookCreatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "webhook.created";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["WebhookEventData"];
        };
        /** @description The webhook.updated event, as a JSON webhook receives it */
        WebhookUpdatedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "webhook.updated";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["WebhookEventData"];
        };
        /** @description The webhook.deleted event, as a JSON webhook receives it */
        WebhookDeletedEvent: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /** @enum {string} */
            type: "webhook.deleted";
            subject: string;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            data: components["schemas"]["WebhookEventData"];
        };
        /** @description Points per fact of the record, signed as they move the score: a deduction is 0 or less, a bonus 0 or more. A rule left out counts nothing. There is no rule on app usage, leaders' instructions (批示) or photo evidence, which the 2024 rules on reducing the burden on the grassroots forbid: such a field is refused */
        AssessmentPoints: {
            /** @description Per entry handed in (submitted or accepted) by its deadline in force (0 to 100, at most two decimals) */
            onTime?: number;
            /** @description Per entry handed in after its deadline in force (0 to -100, at most two decimals) */
            late?: number;
            /** @description Per entry not handed in (no entry, a draft, or returned and not handed in again) once its period is closed or its deadline in force has passed (0 to -100, at most two decimals) */
            missing?: number;
            /** @description Per return of an entry by the office (退回修改), each return counted (0 to -100, at most two decimals) */
            returned?: number;
            /** @description Per entry the office accepted as 未达预期 (behind) (0 to -100, at most two decimals) */
            behind?: number;
            /** @description Per task the office accepted as 已完成 (completed): once, in the first counted period it was (0 to 100, at most two decimals) */
            completed?: number;
            /** @description Besides completed, when that period ends before 31 December (提前完成) (0 to 100, at most two decimals) */
            completedEarly?: number;
        };
        /** @description One task, named by seq or by taskId (one of them), and its weight */
        TaskWeight: {
            /** @description The task's number in the year's list */
            seq?: number;
            /**
             * @description Row id
             * @example 1
             */
            taskId?: number;
            /** @description Every line of the task is multiplied by it (1: as is; at most two decimals) */
            weight: number;
        };
        /** @description Per unit; left out: no cap */
        AssessmentCaps: {
            /** @description A unit loses at most this many points in all */
            deductions?: number;
            /** @description A unit gains at most this many points in all */
            bonuses?: number;
        };
        /**
         * @description The year's 考核 rules. A unit's score: baseScore + its bonuses (at most caps.bonuses) − its deductions (at most caps.deductions), and no less than floor. Each point comes from a fact of the record: an entry handed in on time or late or not at all, a return, the office's evaluation
         * @example {
         *       "baseScore": 100,
         *       "periodKinds": [
         *         "quarter"
         *       ],
         *       "points": {
         *         "late": -0.1,
         *         "missing": -10,
         *         "returned": -5
         *       },
         *       "caps": {
         *         "deductions": 40
         *       },
         *       "floor": 0
         *     }
         */
        AssessmentRules: {
            /** @description Every unit starts from it (100 for a deduction scheme, 0 for points earned) */
            baseScore: number;
            /** @description The kinds of period that count (["quarter"]: the quarterly reports only); left out: every period of the year */
            periodKinds?: components["schemas"]["PeriodKind"][];
            points: components["schemas"]["AssessmentPoints"];
            /** @description Tasks that weigh other than 1; a task named twice is refused */
            taskWeights?: components["schemas"]["TaskWeight"][];
            caps?: components["schemas"]["AssessmentCaps"];
            /** @description No unit scores lower (after the caps); left out: none */
            floor?: number;
        };
        /** @description The rule set a city's office keeps for a year; ETag is its version */
        AssessmentRuleSet: {
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @example 2025 */
            year: number;
            rules: components["schemas"]["AssessmentRules"];
            /** @description Row version; GET returns it as the ETag */
            version: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            updatedAt: string;
        };
        /**
         * @description The rule a line comes from: on_time 按时报送, late 逾期报送, missing 未报送, returned 退回修改, behind 未达预期, completed 已完成, completed_early 提前完成
         * @enum {unknown}
         */
        AssessmentRuleName: "on_time" | "late" | "missing" | "returned" | "behind" | "completed" | "completed_early";
        /**
         * @description The unit's quartile by rank: green the first (好), blue the second (较好), yellow the third (一般), red the last (较差)
         * @enum {unknown}
         */
        AssessmentColour: "green" | "blue" | "yellow" | "red";
        /** @description One point (or several) a unit earned or lost, and why */
        AssessmentLine: {
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            seq: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            periodLabel: string;
            rule: components["schemas"]["AssessmentRuleName"];
            /** @description The task's weight, by which the rule's points were multiplied */
            weight: number;
            /** @description Signed; rounded to 0.01 */
            points: number;
            /** @description The line in the office's words, e.g. 第3项（1-3月份）：逾期报送，扣0.1分 */
            note: string;
        };
        UnitAssessment: {
            /**
             * @description Row id
             * @example 1
             */
            leadUnitId: number;
            name: string;
            /** @description Tasks of the year it leads (role lead; supporting units are not scored) */
            tasks: number;
            baseScore: number;
            /** @description The sum of its positive lines */
            bonuses: number;
            /** @description The sum of its negative lines, as a positive number */
            deductions: number;
            /** @description bonuses, at most caps.bonuses */
            bonusesCounted: number;
            /** @description deductions, at most caps.deductions */
            deductionsCounted: number;
            /** @description The score was raised to the floor */
            floorApplied: boolean;
            /** @description baseScore + bonusesCounted − deductionsCounted, at least floor */
            score: number;
            /** @description 1 + the number of units scoring more: equal scores share a rank */
            rank: number;
            /** @description floor((rank − 1) × 4 ÷ units) + 1: units of one rank share it */
            quartile: number;
            colour: components["schemas"]["AssessmentColour"];
            /** @description By task (seq), then period, then rule */
            lines: components["schemas"]["AssessmentLine"][];
        };
        /** @description Each lead unit's score for the year, computed from the record now by the year's rules; nothing of it is stored */
        Assessment: {
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @example 2025 */
            year: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            asOf: string;
            rules: {
                /** @description Row version; GET returns it as the ETag */
                version: number;
                /**
                 * Format: date-time
                 * @description RFC 3339, UTC
                 */
                updatedAt: string;
                value: components["schemas"]["AssessmentRules"];
            };
            /** @description The periods that count, by end date */
            periods: {
                /**
                 * @description Row id
                 * @example 1
                 */
                id: number;
                label: string;
                kind: components["schemas"]["PeriodKind"];
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 * @example 2025-05-31
                 */
                endsOn: string;
                /** @description Closed, or its deadline has passed: a task not handed in by its deadline in force counts as missing */
                due: boolean;
            }[];
            /** @description What each colour means */
            colours: {
                colour: components["schemas"]["AssessmentColour"];
                quartile: number;
                meaning: string;
            }[];
            /** @description By rank, then the order of the first task each unit leads */
            units: components["schemas"]["UnitAssessment"][];
        };
        /** @enum {unknown} */
        AssessmentFormat: "json" | "xlsx";
        ReleaseChange: {
            /** @description 序号 of the task; null: the narrative (综述) */
            seq: string | null;
            title: string;
            /**
             * @description added or removed: the task is in one release only; changed: one field of it
             * @enum {unknown}
             */
            change: "added" | "removed" | "changed";
            /** @description The column changed (工作评价, 进展情况, …) or 综述; null for added and removed */
            field: string | null;
            before: string | null;
            after: string | null;
        };
        ReleaseFile: {
            /** @enum {unknown} */
            name: "report.csv" | "report.json" | "report.xlsx" | "datapackage.json";
            mediaType: string;
            bytes: number;
            /** @description The strong ETag /open/ sends for it */
            etag: string;
            /**
             * @description Where /open/ serves this version's file without a key (while the city's open data is on)
             * @example /open/341700/2025/1-5%E6%9C%88%E4%BB%BD/v1/report.csv
             */
            url: string;
        };
        /** @description A published release (政务公开) of a period's report: what the accepted entries said when the office published it, never changed */
        Release: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            /** @example 2025 */
            year: number;
            /** @description The period's label when published: with the year, the release's place under /open/ */
            label: string;
            version: number;
            title: string;
            /**
             * @description The issuing office (the report's, else the city's 人民政府办公室)
             * @example 池州市人民政府办公室
             */
            publisher: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC
             */
            publishedAt: string;
            /** @description The API key that published it */
            publishedBy: number | null;
            /** @description What differs from the version before (empty for version 1) */
            changes: components["schemas"]["ReleaseChange"][];
            files: components["schemas"]["ReleaseFile"][];
        };
        ReleaseList: {
            /** @description Newest first */
            items: components["schemas"]["Release"][];
        };
        /** @description An indicator of a province's catalogue, shared by its cities */
        Indicator: {
            /**
             * @description Row id
             * @example 1
             */
            id: number;
            /**
             * @description A province's code (GB/T 2260): the first two digits of its cities' codes and 0000, e.g. 340000 for 安徽省
             * @example 340000
             */
            provinceCode: string;
            /** @example 地区生产总值 */
            name: string;
            /** @example % */
            unit: string;
            /**
             * @description growth: a growth rate (增长6.4%); amount: an amount or count; share: a percentage that is no change
             * @enum {unknown}
             */
            kind: "growth" | "amount" | "share";
            /**
             * @description Other names titles and reports write for it
             * @example [
             *       "规上工业增加值"
             *     ]
             */
            aliases: string[];
        };
        /** @description A province's indicators, by name */
        IndicatorCatalogue: {
            /**
             * @description A province's code (GB/T 2260): the first two digits of its cities' codes and 0000, e.g. 340000 for 安徽省
             * @example 340000
             */
            provinceCode: string;
            /** @example 安徽省 */
            provinceName: string;
            /** @description The prefecture-level cities the province ranks its cities among (安徽: 16) */
            cities: number;
            items: components["schemas"]["Indicator"][];
        };
        /** @description The province's indicator a task reports on */
        TaskIndicator: {
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /** @description null: the task reports none of the province's indicators */
            indicator: components["schemas"]["Indicator"] | null;
            /**
             * @description matched: read from the task's title; manual: set by the office
             * @enum {unknown}
             */
            source: "matched" | "manual";
            /** @description How sure the match from the title is: 0.95 when the title sets a target on the indicator (地区生产总值增长6.5%以上), 0.6 when it only mentions it; null for a link set by hand. The province's ranking counts a match of 0.95, or any link the office confirmed */
            confidence: number | null;
            /** @description Whether the office confirmed or set the link (PUT); false: the title's match, worked out on read */
            confirmed: boolean;
        };
        /** @description A city's latest accepted figure for the indicator in the period */
        CityFigure: {
            /**
             * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
             * @example 341700
             */
            cityCode: string;
            /** @example 池州市 */
            cityName: string;
            /**
             * @description Row id
             * @example 1
             */
            taskId: number;
            /**
             * @description Row id
             * @example 1
             */
            periodId: number;
            /** @example 1-5月份 */
            periodLabel: string;
            /**
             * @description The growth the entry reports, in percent (下降 negative)
             * @example 6.4
             */
            value: number;
            /**
             * @description The figure as the progress writes it
             * @example 增长6.4%
             */
            text: string;
            /** @description The province's rank of the city among the cities with a figure here: higher growth first; ties share the better rank and the next skips (1, 2, 2, 4) */
            rank: number;
            /** @description The rank the city's entry quotes, if any */
            quotedRank: components["schemas"]["Rank"] | null;
            /** @description null: no rank quoted. cannot_check: a 全省 rank is among all the province's cities, and fewer have a figure here (or the rank is not of 全省) */
            rankCheck: ("agrees" | "disagrees" | "cannot_check") | null;
        };
        /** @description The cities of a province on one indicator: their figures, ranks, and the ranks they quote checked */
        ProvinceView: {
            /**
             * @description A province's code (GB/T 2260): the first two digits of its cities' codes and 0000, e.g. 340000 for 安徽省
             * @example 340000
             */
            provinceCode: string;
            indicator: components["schemas"]["Indicator"];
            /** @example 2025 */
            year: number;
            period: number;
            /** @description The cities the province ranks, a quoted rank among them */
            provinceCities: number;
            /** @description How many of the province's cities here have a figure; the ranks are among these */
            citiesWithFigure: number;
            /** @description Whether every city of the province has a figure, so quoted ranks can be checked */
            complete: boolean;
            /** @description By rank, then city code. A key of one city sees its own row only; the ranks are still among all */
            cities: components["schemas"]["CityFigure"][];
            /** @description The cities (of those shown) whose quoted rank disagrees with the computed one */
            disagreements: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type FieldError = components['schemas']['FieldError'];
export type Problem = components['schemas']['Problem'];
export type Comparator = components['schemas']['Comparator'];
export type Target = components['schemas']['Target'];
export type Actual = components['schemas']['Actual'];
export type Rank = components['schemas']['Rank'];
export type PaceVerdict = components['schemas']['PaceVerdict'];
export type Pace = components['schemas']['Pace'];
export type FigureSpan = components['schemas']['FigureSpan'];
export type Supervision = components['schemas']['Supervision'];
export type StatusWords = components['schemas']['StatusWords'];
export type OpenData = components['schemas']['OpenData'];
export type City = components['schemas']['City'];
export type CityList = components['schemas']['CityList'];
export type LeadUnit = components['schemas']['LeadUnit'];
export type LeadUnitList = components['schemas']['LeadUnitList'];
export type LeadUnitMerge = components['schemas']['LeadUnitMerge'];
export type PeriodKind = components['schemas']['PeriodKind'];
export type PeriodState = components['schemas']['PeriodState'];
export type ReportHeader = components['schemas']['ReportHeader'];
export type Period = components['schemas']['Period'];
export type PeriodList = components['schemas']['PeriodList'];
export type ProgressStatus = components['schemas']['ProgressStatus'];
export type EntryState = components['schemas']['EntryState'];
export type ProgressEntry = components['schemas']['ProgressEntry'];
export type ProgressEntryList = components['schemas']['ProgressEntryList'];
export type EntryComment = components['schemas']['EntryComment'];
export type EntryCommentList = components['schemas']['EntryCommentList'];
export type EntryFlagKind = components['schemas']['EntryFlagKind'];
export type StaleFlag = components['schemas']['StaleFlag'];
export type TemplateFlag = components['schemas']['TemplateFlag'];
export type ContradictionFlag = components['schemas']['ContradictionFlag'];
export type EntryFlag = components['schemas']['EntryFlag'];
export type PeriodProgressEntry = components['schemas']['PeriodProgressEntry'];
export type PeriodProgressEntryList = components['schemas']['PeriodProgressEntryList'];
export type LeadRole = components['schemas']['LeadRole'];
export type TaskLeadUnit = components['schemas']['TaskLeadUnit'];
export type RollupRule = components['schemas']['RollupRule'];
export type TaskSchedule = components['schemas']['TaskSchedule'];
export type Task = components['schemas']['Task'];
export type TaskList = components['schemas']['TaskList'];
export type TaskRollup = components['schemas']['TaskRollup'];
export type ImportFormat = components['schemas']['ImportFormat'];
export type ImportLayout = components['schemas']['ImportLayout'];
export type ColumnRole = components['schemas']['ColumnRole'];
export type ImportColumn = components['schemas']['ImportColumn'];
export type ImportWarning = components['schemas']['ImportWarning'];
export type ImportConflict = components['schemas']['ImportConflict'];
export type ImportResult = components['schemas']['ImportResult'];
export type ImportList = components['schemas']['ImportList'];
export type Summary = components['schemas']['Summary'];
export type ReportTable = components['schemas']['ReportTable'];
export type ReportFormat = components['schemas']['ReportFormat'];
export type StatusChanges = components['schemas']['StatusChanges'];
export type Role = components['schemas']['Role'];
export type ApiKey = components['schemas']['ApiKey'];
export type NewApiKey = components['schemas']['NewApiKey'];
export type ApiKeyList = components['schemas']['ApiKeyList'];
export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditList = components['schemas']['AuditList'];
export type ExtensionState = components['schemas']['ExtensionState'];
export type Extension = components['schemas']['Extension'];
export type ExtensionList = components['schemas']['ExtensionList'];
export type ReminderKind = components['schemas']['ReminderKind'];
export type Reminder = components['schemas']['Reminder'];
export type ReminderBatch = components['schemas']['ReminderBatch'];
export type ReminderList = components['schemas']['ReminderList'];
export type EventType = components['schemas']['EventType'];
export type WebhookFormat = components['schemas']['WebhookFormat'];
export type DeliveryState = components['schemas']['DeliveryState'];
export type Event = components['schemas']['Event'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookList = components['schemas']['WebhookList'];
export type WebhookDeliveryList = components['schemas']['WebhookDeliveryList'];
export type EventList = components['schemas']['EventList'];
export type Light = components['schemas']['Light'];
export type ComplianceCounts = components['schemas']['ComplianceCounts'];
export type UnitCompliance = components['schemas']['UnitCompliance'];
export type TaskCompliance = components['schemas']['TaskCompliance'];
export type Compliance = components['schemas']['Compliance'];
export type SearchMatch = components['schemas']['SearchMatch'];
export type SearchHit = components['schemas']['SearchHit'];
export type SearchPage = components['schemas']['SearchPage'];
export type EntryEventData = components['schemas']['EntryEventData'];
export type EntryOverdueData = components['schemas']['EntryOverdueData'];
export type ReminderIssuedData = components['schemas']['ReminderIssuedData'];
export type ExtensionRequestedData = components['schemas']['ExtensionRequestedData'];
export type ExtensionDecidedData = components['schemas']['ExtensionDecidedData'];
export type PeriodEventData = components['schemas']['PeriodEventData'];
export type TaskEventData = components['schemas']['TaskEventData'];
export type LeadUnitEventData = components['schemas']['LeadUnitEventData'];
export type ImportCommittedData = components['schemas']['ImportCommittedData'];
export type WebhookEventData = components['schemas']['WebhookEventData'];
export type EntryFiledEvent = components['schemas']['EntryFiledEvent'];
export type EntrySubmittedEvent = components['schemas']['EntrySubmittedEvent'];
export type EntryReturnedEvent = components['schemas']['EntryReturnedEvent'];
export type EntryAcceptedEvent = components['schemas']['EntryAcceptedEvent'];
export type EntryDeletedEvent = components['schemas']['EntryDeletedEvent'];
export type EntryOverdueEvent = components['schemas']['EntryOverdueEvent'];
export type ReminderIssuedEvent = components['schemas']['ReminderIssuedEvent'];
export type ExtensionRequestedEvent = components['schemas']['ExtensionRequestedEvent'];
export type ExtensionDecidedEvent = components['schemas']['ExtensionDecidedEvent'];
export type PeriodCreatedEvent = components['schemas']['PeriodCreatedEvent'];
export type PeriodUpdatedEvent = components['schemas']['PeriodUpdatedEvent'];
export type PeriodClosedEvent = components['schemas']['PeriodClosedEvent'];
export type PeriodReopenedEvent = components['schemas']['PeriodReopenedEvent'];
export type PeriodDeletedEvent = components['schemas']['PeriodDeletedEvent'];
export type TaskCreatedEvent = components['schemas']['TaskCreatedEvent'];
export type TaskUpdatedEvent = components['schemas']['TaskUpdatedEvent'];
export type TaskDeletedEvent = components['schemas']['TaskDeletedEvent'];
export type LeadUnitCreatedEvent = components['schemas']['LeadUnitCreatedEvent'];
export type LeadUnitUpdatedEvent = components['schemas']['LeadUnitUpdatedEvent'];
export type LeadUnitMergedEvent = components['schemas']['LeadUnitMergedEvent'];
export type LeadUnitDeletedEvent = components['schemas']['LeadUnitDeletedEvent'];
export type ImportCommittedEvent = components['schemas']['ImportCommittedEvent'];
export type WebhookCreatedEvent = components['schemas']['WebhookCreatedEvent'];
export type WebhookUpdatedEvent = components['schemas']['WebhookUpdatedEvent'];
export type WebhookDeletedEvent = components['schemas']['WebhookDeletedEvent'];
export type AssessmentPoints = components['schemas']['AssessmentPoints'];
export type TaskWeight = components['schemas']['TaskWeight'];
export type AssessmentCaps = components['schemas']['AssessmentCaps'];
export type AssessmentRules = components['schemas']['AssessmentRules'];
export type AssessmentRuleSet = components['schemas']['AssessmentRuleSet'];
export type AssessmentRuleName = components['schemas']['AssessmentRuleName'];
export type AssessmentColour = components['schemas']['AssessmentColour'];
export type AssessmentLine = components['schemas']['AssessmentLine'];
export type UnitAssessment = components['schemas']['UnitAssessment'];
export type Assessment = components['schemas']['Assessment'];
export type AssessmentFormat = components['schemas']['AssessmentFormat'];
export type ReleaseChange = components['schemas']['ReleaseChange'];
export type ReleaseFile = components['schemas']['ReleaseFile'];
export type Release = components['schemas']['Release'];
export type ReleaseList = components['schemas']['ReleaseList'];
export type Indicator = components['schemas']['Indicator'];
export type IndicatorCatalogue = components['schemas']['IndicatorCatalogue'];
export type TaskIndicator = components['schemas']['TaskIndicator'];
export type CityFigure = components['schemas']['CityFigure'];
export type ProvinceView = components['schemas']['ProvinceView'];
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status: string;
                    };
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status: string;
                    };
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCities: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cities, by code */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "341700",
                 *       "name": "池州市",
                 *       "province": "安徽省"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                     * @example 341700
                     */
                    code: string;
                    /** @example 池州市 */
                    name: string;
                    /** @example 安徽省 */
                    province: string;
                };
            };
        };
        responses: {
            /** @description The city created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["City"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The city; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["City"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "池州市"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    province?: string;
                    supervision?: components["schemas"]["Supervision"];
                    statusWords?: components["schemas"]["StatusWords"] | null;
                    openData?: components["schemas"]["OpenData"];
                };
            };
        };
        responses: {
            /** @description The city as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["City"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "市发展改革委",
                 *       "role": "lead_unit",
                 *       "cityCode": "341700",
                 *       "leadUnitId": 1
                 *     }
                 */
                "application/json": {
                    /** @description Who holds the key */
                    name: string;
                    role: components["schemas"]["Role"];
                    cityCode?: string | null;
                    leadUnitId?: number | null;
                    /**
                     * @description all: everything the role may read; published (readers only): accepted entries only, for a public portal
                     * @default all
                     */
                    scope?: "all" | "published";
                };
            };
        };
        responses: {
            /** @description The key, with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Row id
                 * @example 1
                 */
                apiKeyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Row id
                 * @example 1
                 */
                apiKeyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Words to find, separated by spaces: a task is found when it holds every one, as written anywhere in its title, its lead units' names and aliases, or one entry's progress, next steps, remarks or evaluation (已完成, 序时推进, 未达预期). Full-width and half-width forms, upper and lower case, and the simplified and traditional forms of a character match each other. */
                q: string;
                /** @example 2025 */
                year?: number;
                /** @description Only that period's entries, and its year's tasks */
                periodId?: number;
                status?: components["schemas"]["ProgressStatus"];
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup (a gzipped tar) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description dcat:Catalog with a dcat:Dataset a release, each with its distributions (CSV, JSON, xlsx) and its datapackage.json */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /** @example 2025 */
                year: number;
                /** @description The period's label as published (URL-encoded), e.g. 1-5月份 */
                label: string;
                file: "report.csv" | "report.json" | "report.xlsx" | "datapackage.json";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified since the ETag or time the request names */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenVersionFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /** @example 2025 */
                year: number;
                /** @description The period's label as published (URL-encoded), e.g. 1-5月份 */
                label: string;
                file: "report.csv" | "report.json" | "report.xlsx" | "datapackage.json";
                /**
                 * @description v1, v2, …
                 * @example v1
                 */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified since the ETag or time the request names */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProvinceIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A province's code (GB/T 2260): the first two digits of its cities' codes and 0000, e.g. 340000 for 安徽省
                 * @example 340000
                 */
                provinceCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue, and how many cities the province ranks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorCatalogue"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvinceIndicator: {
        parameters: {
            query: {
                /** @example 2025 */
                year: number;
                /** @description The month the period ends (1–12): each city's entry of a period of the year ending that month (1-5月份: 5) */
                period: number;
                /** @description The number of cities the province ranks (a 全省 rank is among them). Default: the stored count of the province (安徽: 16). A quoted rank is checked only when this many cities have a figure here; with fewer it cannot be checked */
                provinceCities?: number;
            };
            header?: never;
            path: {
                /**
                 * @description A province's code (GB/T 2260): the first two digits of its cities' codes and 0000, e.g. 340000 for 安徽省
                 * @example 340000
                 */
                provinceCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                indicatorId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cities with a figure, by rank */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceView"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLeadUnits: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Exact name or alias */
                name?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lead units, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadUnitList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLeadUnit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "市发展改革委",
                 *       "aliases": [
                 *         "市发改委"
                 *       ],
                 *       "shortName": "市发改委"
                 *     }
                 */
                "application/json": {
                    /** @example 市发展改革委 */
                    name: string;
                    aliases?: string[];
                    /** @description One of the aliases, or null */
                    shortName?: string | null;
                };
            };
        };
        responses: {
            /** @description The lead unit created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadUnit"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeadUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead unit; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadUnit"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLeadUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLeadUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "aliases": [
                 *         "市发改委"
                 *       ],
                 *       "shortName": "市发改委"
                 *     }
                 */
                "application/json": {
                    /** @example 市发展改革委 */
                    name?: string;
                    aliases?: string[];
                    /** @description One of the aliases, or null */
                    shortName?: string | null;
                };
            };
        };
        responses: {
            /** @description The lead unit as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadUnit"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeLeadUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
            };
            cookie?: never;
        };
        /** @description The unit that survives, and what becomes of the keys */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "into": 1,
                 *       "keys": "revoke"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Row id
                     * @example 1
                     */
                    into: number;
                    /**
                     * @description What becomes of the merged unit's API keys that still work: revoked (the default), or moved to the surviving unit, whose entries they can then edit
                     * @default revoke
                     */
                    keys?: "revoke" | "move";
                };
            };
        };
        responses: {
            /** @description The surviving unit and the tasks that moved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadUnitMerge"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeriods: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @example 2025 */
                year?: number;
                state?: components["schemas"]["PeriodState"];
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of periods, by end date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPeriod: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2025,
                 *       "label": "1-5月份",
                 *       "kind": "month_cumulative",
                 *       "startsOn": "2025-01-01",
                 *       "endsOn": "2025-05-31"
                 *     }
                 */
                "application/json": {
                    /** @example 2025 */
                    year: number;
                    /** @example 1-5月份 */
                    label: string;
                    kind: components["schemas"]["PeriodKind"];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     * @example 2025-05-31
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     * @example 2025-05-31
                     */
                    endsOn: string;
                    /** @description The deadline for lead units to submit their entries (RFC 3339); null: none, the period is not supervised */
                    dueAt?: string | null;
                    /** @description The report header, replaced whole (a field left out is null); null: none */
                    reportHeader?: {
                        /**
                         * @description The report's title; null: the exports write 关于{period}市政府重点工作责任清单进展情况的报告
                         * @example 关于1-5月份市政府重点工作责任清单进展情况的报告
                         */
                        title?: string | null;
                        /**
                         * @description 文号; null: none
                         * @example 池政办〔2025〕12号
                         */
                        documentNumber?: string | null;
                        /**
                         * @description The issuing office; null: the exports write {city}人民政府办公室
                         * @example 池州市人民政府办公室
                         */
                        issuingOffice?: string | null;
                        /**
                         * @description 成文日期; null: the exports date a closed period's report the day it closed, an open one's today
                         * @example 2025-06-26
                         */
                        issuedOn?: string | null;
                        /**
                         * @description How many tasks the whole list has, where the city holds only part of it (the table lists 49 of 147); null: the tasks held
                         * @example 147
                         */
                        listSize?: number | null;
                        /**
                         * @description The report's opening paragraph as published. The narrative keeps its sentences before the figures; where the city holds only part of the list, it says the paragraph as published while the entries held agree with its figures
                         * @example 今年以来,各地各部门按照《2025年市政府重点工作责任清单》(池政秘〔2025〕9号)要求,压实工作责任,细化工作举措,认真抓好落实。1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、完成人工造林任务),137项按序时推进,8项未达预期目标。
                         */
                        opening?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The period created, open */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The period; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "label": "1-5月份"
                 *     }
                 */
                "application/json": {
                    /** @example 2025 */
                    year?: number;
                    label?: string;
                    kind?: components["schemas"]["PeriodKind"];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     * @example 2025-05-31
                     */
                    startsOn?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     * @example 2025-05-31
                     */
                    endsOn?: string;
                    /** @description The deadline for lead units to submit their entries (RFC 3339); null: none, the period is not supervised */
                    dueAt?: string | null;
                    /** @description The report header, replaced whole (a field left out is null); null: none */
                    reportHeader?: {
                        /**
                         * @description The report's title; null: the exports write 关于{period}市政府重点工作责任清单进展情况的报告
                         * @example 关于1-5月份市政府重点工作责任清单进展情况的报告
                         */
                        title?: string | null;
                        /**
                         * @description 文号; null: none
                         * @example 池政办〔2025〕12号
                         */
                        documentNumber?: string | null;
                        /**
                         * @description The issuing office; null: the exports write {city}人民政府办公室
                         * @example 池州市人民政府办公室
                         */
                        issuingOffice?: string | null;
                        /**
                         * @description 成文日期; null: the exports date a closed period's report the day it closed, an open one's today
                         * @example 2025-06-26
                         */
                        issuedOn?: string | null;
                        /**
                         * @description How many tasks the whole list has, where the city holds only part of it (the table lists 49 of 147); null: the tasks held
                         * @example 147
                         */
                        listSize?: number | null;
                        /**
                         * @description The report's opening paragraph as published. The narrative keeps its sentences before the figures; where the city holds only part of the list, it says the paragraph as published while the entries held agree with its figures
                         * @example 今年以来,各地各部门按照《2025年市政府重点工作责任清单》(池政秘〔2025〕9号)要求,压实工作责任,细化工作举措,认真抓好落实。1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、完成人工造林任务),137项按序时推进,8项未达预期目标。
                         */
                        opening?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description The period as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closePeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        /** @description May be left out */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "force": true
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Close even though submitted entries wait for review; they stay counted as 已报送待审核
                     * @default false
                     */
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description The period, closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The period, open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Period"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @example 2025 */
                year?: number;
                seq?: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId?: number;
                /** @description With status: the period whose entry is matched */
                periodId?: number;
                /** @description Status of the task's entry in periodId; not_reported: no entry yet */
                status?: components["schemas"]["ProgressStatus"] | "not_reported";
                /** @description Text the title contains */
                q?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks with their lead units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": 2025,
                 *       "seq": 1,
                 *       "title": "地区生产总值增长6.5%以上。",
                 *       "leadUnits": [
                 *         {
                 *           "leadUnitId": 1,
                 *           "role": "lead"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @example 2025 */
                    year: number;
                    seq: number;
                    title: string;
                    category?: string | null;
                    /** @description In the order the report lists them */
                    leadUnits: {
                        /**
                         * @description Row id
                         * @example 1
                         */
                        leadUnitId: number;
                        role: components["schemas"]["LeadRole"];
                    }[];
                    /** @description Set the targets yourself; left out, they are read from the title */
                    targets?: components["schemas"]["Target"][];
                    schedule?: components["schemas"]["TaskSchedule"] | null;
                    /** @description Make the task a part of a task of the list (县区分解): of the same year, itself not a part; seq then numbers it under the parent */
                    parentId?: number | null;
                    /** @description A part's share of its parent's quantity target */
                    part?: number | null;
                    rollup?: components["schemas"]["RollupRule"] | null;
                };
            };
        };
        responses: {
            /** @description The task created, with its lead units */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "title": "地区生产总值增长6.5%以上。"
                 *     }
                 */
                "application/json": {
                    /** @example 2025 */
                    year?: number;
                    seq?: number;
                    title?: string;
                    category?: string | null;
                    /** @description In the order the report lists them */
                    leadUnits?: {
                        /**
                         * @description Row id
                         * @example 1
                         */
                        leadUnitId: number;
                        role: components["schemas"]["LeadRole"];
                    }[];
                    /** @description Set the targets yourself; they are then kept when the title changes */
                    targets?: components["schemas"]["Target"][];
                    /** @description null: back to months ÷ 12 */
                    schedule?: components["schemas"]["TaskSchedule"] | null;
                    /** @description A part's share of its parent's quantity target */
                    part?: number | null;
                    /** @description A split task's rule; null: weakest */
                    rollup?: components["schemas"]["RollupRule"] | null;
                };
            };
        };
        responses: {
            /** @description The task as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaskRollup: {
        parameters: {
            query: {
                /** @description The period whose entries roll up */
                periodId: number;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roll-up for the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRollup"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaskIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's indicator, or null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskIndicator"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setTaskIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "indicatorId": 9
                 *     }
                 */
                "application/json": {
                    /** @description The indicator of the city's province the task reports on; the title's own match confirms it, another changes it; null: none */
                    indicatorId: number | null;
                };
            };
        };
        responses: {
            /** @description The task's indicator as the office set it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskIndicator"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    clearTaskIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTaskProgress: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the task's entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntryList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeriodProgress: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: components["schemas"]["ProgressStatus"];
                state?: components["schemas"]["EntryState"];
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId?: number;
                /** @description Only the entries with this 序时进度 verdict (ahead, on_schedule, behind); none: those with no verdict (no figure for the target, or no measurable target) */
                pace?: "ahead" | "on_schedule" | "behind" | "none";
                flag?: components["schemas"]["EntryFlagKind"];
                /** @description Only the entries that hold every word (separated by spaces) in their text or evaluation, their task's title or a lead unit's name or alias; matched as GET /search matches them */
                q?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the period's entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodProgressEntryList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgressEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putProgressEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replace only this version of the entry (412 otherwise) */
                "if-match"?: string;
                /** @description "*": create only; 412 if the entry exists */
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        /** @description status is the office's evaluation: a city office (or admin) sends it, and the entry is then accepted; a lead unit may not send it (403 status_set_by_office) and proposes one with proposedStatus instead. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "behind",
                 *       "progress": "一季度,增长6.4%,增速居全省第6位。",
                 *       "nextSteps": "加强研判分析,及时发现苗头性问题,采取针对性措施。"
                 *     }
                 */
                "application/json": {
                    status?: components["schemas"]["ProgressStatus"];
                    /** @description 进展情况 */
                    progress: string;
                    /** @description 近期工作安排 */
                    nextSteps?: string;
                    /** @description 备注 */
                    remarks?: string;
                    /** @description The evaluation a lead unit proposes */
                    proposedStatus?: components["schemas"]["ProgressStatus"] | null;
                    /** @description Set the figure yourself; left out, it is read from progress */
                    actual?: components["schemas"]["Actual"] | null;
                    /** @description Set the rank yourself; left out, it is read from progress */
                    rank?: components["schemas"]["Rank"] | null;
                };
            };
        };
        responses: {
            /** @description The entry, replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The entry, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProgressEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchProgressEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        /** @description Only the fields sent change. status is the office's evaluation: a city office (or admin) sends it, and the entry is then accepted; a lead unit may not send it (403 status_set_by_office) and proposes one with proposedStatus instead. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "nextSteps": "加强研判分析,及时发现苗头性问题。"
                 *     }
                 */
                "application/json": {
                    status?: components["schemas"]["ProgressStatus"];
                    /** @description 进展情况 */
                    progress?: string;
                    /** @description 近期工作安排 */
                    nextSteps?: string;
                    /** @description 备注 */
                    remarks?: string;
                    /** @description The evaluation a lead unit proposes */
                    proposedStatus?: components["schemas"]["ProgressStatus"] | null;
                    /** @description Set the figure yourself; left out, it is read from progress */
                    actual?: components["schemas"]["Actual"] | null;
                    /** @description Set the rank yourself; left out, it is read from progress */
                    rank?: components["schemas"]["Rank"] | null;
                };
            };
        };
        responses: {
            /** @description The entry as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitProgressEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry, submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnProgressEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "请补充一季度具体数据。"
                 *     }
                 */
                "application/json": {
                    /** @description What the unit must rework; kept as a comment on the entry */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The entry, returned */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptProgressEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "behind"
                 *     }
                 */
                "application/json": {
                    status: components["schemas"]["ProgressStatus"];
                };
            };
        };
        responses: {
            /** @description The entry, accepted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressEntry"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntryComments: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of comments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryCommentList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEntryComment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "请加快进度,确保二季度完成。"
                 *     }
                 */
                "application/json": {
                    /** @description The comment */
                    body: string;
                };
            };
        };
        responses: {
            /** @description The comment */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryComment"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dueAt": "2025-06-12T09:00:00+08:00",
                 *       "reason": "统计数据6月10日发布,需据此填报。"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description The deadline asked for (RFC 3339); later than the deadline in force
                     */
                    dueAt: string;
                    /** @description Why more time is needed */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The request, pending */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEntryExtensions: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                taskId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExtensions: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                state?: components["schemas"]["ExtensionState"];
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId?: number;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExtension: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                extensionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                extensionId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "reason": "同意延期。"
                 *     }
                 */
                "application/json": {
                    /** @description The office's remark */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The request, decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                extensionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "请按原定时间报送。"
                 *     }
                 */
                "application/json": {
                    /** @description Why the office refuses: the unit reads it */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The request, decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extension"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReminders: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId?: number;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reminders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remindPeriod: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        /** @description One unit (leadUnitId), or every unit with missing entries (left out) */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "leadUnitId": 3,
                 *       "reason": "请于今日下班前报送。"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Row id
                     * @example 1
                     */
                    leadUnitId?: number;
                    /** @description What the unit reads; left out, a standard text naming the count */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The reminders written, one per unit */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderBatch"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriodCompliance: {
        parameters: {
            query?: {
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId?: number;
                light?: components["schemas"]["Light"];
                /** @description Only the tasks with this 序时进度 verdict; none: those with none */
                pace?: "ahead" | "on_schedule" | "behind" | "none";
                flag?: components["schemas"]["EntryFlagKind"];
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The period's compliance, now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compliance"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /** @example 2025 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule set; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRuleSet"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAssessmentRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /** @example 2025 */
                year: number;
            };
            cookie?: never;
        };
        /** @description The year's 考核 rules. A unit's score: baseScore + its bonuses (at most caps.bonuses) − its deductions (at most caps.deductions), and no less than floor. Each point comes from a fact of the record: an entry handed in on time or late or not at all, a return, the office's evaluation */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "baseScore": 100,
                 *       "periodKinds": [
                 *         "quarter"
                 *       ],
                 *       "points": {
                 *         "late": -0.1,
                 *         "missing": -10,
                 *         "returned": -5
                 *       },
                 *       "caps": {
                 *         "deductions": 40
                 *       },
                 *       "floor": 0
                 *     }
                 */
                "application/json": {
                    /** @description Every unit starts from it (100 for a deduction scheme, 0 for points earned) */
                    baseScore: number;
                    /** @description The kinds of period that count (["quarter"]: the quarterly reports only); left out: every period of the year */
                    periodKinds?: components["schemas"]["PeriodKind"][];
                    points: components["schemas"]["AssessmentPoints"];
                    /** @description Tasks that weigh other than 1; a task named twice is refused */
                    taskWeights?: components["schemas"]["TaskWeight"][];
                    caps?: components["schemas"]["AssessmentCaps"];
                    /** @description No unit scores lower (after the caps); left out: none */
                    floor?: number;
                };
            };
        };
        responses: {
            /** @description The rule set, replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRuleSet"];
                };
            };
            /** @description The rule set, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentRuleSet"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query: {
                /** @example 2025 */
                year: number;
                format?: components["schemas"]["AssessmentFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assessment"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing changed since the latest release: it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description The new release */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReleases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every release of the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchCity: {
        parameters: {
            query: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Words to find, separated by spaces: a task is found when it holds every one, as written anywhere in its title, its lead units' names and aliases, or one entry's progress, next steps, remarks or evaluation (已完成, 序时推进, 未达预期). Full-width and half-width forms, upper and lower case, and the simplified and traditional forms of a character match each other. */
                q: string;
                /** @example 2025 */
                year?: number;
                /** @description Only that period's entries, and its year's tasks */
                periodId?: number;
                status?: components["schemas"]["ProgressStatus"];
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId?: number;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchPage"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of imports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importReport: {
        parameters: {
            query?: {
                /** @description Where the file came from; required when the body is the file itself */
                sourceName?: string;
                /** @example 2025 */
                year?: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId?: number;
                /** @description File the rows as this lead unit's entries only (drafts, the 工作评价 as its proposedStatus) in the period named by periodId; tasks, units and the period are not changed. A unit's return sheet (GET …/periods/{periodId}/return-sheet) says so by itself; sent with one, it must name the sheet's unit (422 otherwise). */
                leadUnitId?: number;
                /** @description Report what the import would do, and write nothing (false when left out) */
                dryRun?: boolean;
                /** @description As overwrite in ImportRequest (false when left out) */
                overwrite?: boolean;
                /**
                 * @description As columnRoles in ImportRequest, written as a JSON object ({"包保部门":"leadUnits"})
                 * @example {"包保部门":"leadUnits"}
                 */
                columnRoles?: string;
            };
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sourceName": "chizhou-2025-jan-may.txt",
                 *       "dryRun": true,
                 *       "document": "关于1-5月份市政府重点工作责任清单进展情况的报告\n序号 |\n重点工作任务 |\n牵头责任单位 |\n工作评价 |\n1-5月份进展情况 |\n近期工作安排 |\n1 |\n地区生产总值增长6.5%以上。 |\n市发展改革委 |\n未达预期 |\n一季度,增长6.4%,增速居全省第6位。 |\n加强研判分析,及时发现苗头性问题,采取针对性措施。 |\n",
                 *       "year": 2025,
                 *       "period": {
                 *         "label": "1-5月份",
                 *         "kind": "month_cumulative",
                 *         "startsOn": "2025-01-01",
                 *         "endsOn": "2025-05-31"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description The report as text, up to 5 MB (UTF-8) */
                    document: string;
                    /**
                     * @description Where the text came from: a file name or URL
                     * @example chizhou-2025-jan-may.txt
                     */
                    sourceName: string;
                    /** @example 2025 */
                    year?: number;
                    period?: {
                        /** @example 1-5月份 */
                        label: string;
                        kind: components["schemas"]["PeriodKind"];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         * @example 2025-05-31
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         * @example 2025-05-31
                         */
                        endsOn: string;
                    };
                    /**
                     * @description Row id
                     * @example 1
                     */
                    periodId?: number;
                    /** @description File the rows as this lead unit's entries only (drafts, the 工作评价 as its proposedStatus) in the period named by periodId; tasks, units and the period are not changed. A unit's return sheet (GET …/periods/{periodId}/return-sheet) says so by itself; sent with one, it must name the sheet's unit (422 otherwise). */
                    leadUnitId?: number;
                    layout?: components["schemas"]["ImportLayout"];
                    /**
                     * @description Roles for the table's columns, by header as the dry run lists it in columns, winning over what the header words say; a header the table does not have is refused (422 column_unknown).
                     * @example {
                     *       "包保部门": "leadUnits",
                     *       "情况汇报": "progress"
                     *     }
                     */
                    columnRoles?: {
                        [key: string]: components["schemas"]["ColumnRole"];
                    };
                    /**
                     * @description Report what the import would do, and write nothing
                     * @default false
                     */
                    dryRun?: boolean;
                    /**
                     * @description Let the document's text replace entries a person changed through the API since the document was last imported. Without it such entries are left as they are and listed in `conflicts`.
                     * @default false
                     */
                    overwrite?: boolean;
                };
                /**
                 * @example {
                 *       "file": "池州1-5月.xlsx",
                 *       "dryRun": true
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description An xlsx workbook or a docx document, up to 5 MB: the first sheet or table with a 序号 header is read
                     */
                    file: string;
                    /** @description Where the file came from; the uploaded file's name when left out */
                    sourceName?: string;
                    /** @example 2025 */
                    year?: number;
                    /**
                     * @description Row id
                     * @example 1
                     */
                    periodId?: number;
                    /** @description File the rows as this lead unit's entries only (drafts, the 工作评价 as its proposedStatus) in the period named by periodId; tasks, units and the period are not changed. A unit's return sheet (GET …/periods/{periodId}/return-sheet) says so by itself; sent with one, it must name the sheet's unit (422 otherwise). */
                    leadUnitId?: number;
                    /** @description Report what the import would do, and write nothing (false when left out) */
                    dryRun?: boolean;
                    /** @description As overwrite in ImportRequest (false when left out) */
                    overwrite?: boolean;
                    /**
                     * @description As columnRoles in ImportRequest, written as a JSON object ({"包保部门":"leadUnits"})
                     * @example {"包保部门":"leadUnits"}
                     */
                    columnRoles?: string;
                };
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Dry run: what the import would do */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description The import, committed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large, or the document is (document_too_large), or its table has more than 1000 rows (too_many_rows) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description As many imports run and wait as this server process takes (import_busy); or the service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                importId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriodSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary, from stored data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriodReport: {
        parameters: {
            query?: {
                format?: components["schemas"]["ReportFormat"];
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTable"];
                    "text/csv": string;
                    "text/markdown": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatusChanges: {
        parameters: {
            query: {
                /**
                 * @description Row id
                 * @example 1
                 */
                since: number;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each changed task with both statuses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusChanges"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturnSheet: {
        parameters: {
            query: {
                /**
                 * @description Row id
                 * @example 1
                 */
                leadUnitId: number;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                periodId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The return sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @example task */
                entity?: string;
                entityId?: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                apiKeyId?: number;
                /** @description RFC 3339, UTC */
                from?: string;
                /** @description RFC 3339, UTC */
                to?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://oa.example.gov.cn/duban/events",
                 *       "events": [
                 *         "entry.submitted",
                 *         "entry.overdue"
                 *       ],
                 *       "secret": "change-me-to-32-random-characters"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description Where deliveries are POSTed (http or https), to a public address unless the operator allows more (WEBHOOK_ALLOWED_NETWORKS): an internal address in the URL is refused here, and a name is checked again on what it resolves to at each delivery. Redirects are not followed
                     * @example https://oa.example.gov.cn/duban/events
                     */
                    url: string;
                    /** @description The event types it receives */
                    events: components["schemas"]["EventType"][];
                    /** @description json: the HMAC key of Duban-Signature (required); dingtalk: the robot's 加签 secret (SEC…); never shown again */
                    secret?: string;
                    format?: components["schemas"]["WebhookFormat"];
                };
            };
        };
        responses: {
            /** @description The subscription; its secret is not shown */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                webhookId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription; ETag is its version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                webhookId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; the write fails with 412 if the row has changed since */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                webhookId: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: uri
                     * @description Where deliveries are POSTed (http or https), to a public address unless the operator allows more (WEBHOOK_ALLOWED_NETWORKS): an internal address in the URL is refused here, and a name is checked again on what it resolves to at each delivery. Redirects are not followed
                     * @example https://oa.example.gov.cn/duban/events
                     */
                    url?: string;
                    /** @description The event types it receives */
                    events?: components["schemas"]["EventType"][];
                    /** @description json: the HMAC key of Duban-Signature (required); dingtalk: the robot's 加签 secret (SEC…); never shown again */
                    secret?: string;
                    format?: components["schemas"]["WebhookFormat"];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The subscription as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                state?: components["schemas"]["DeliveryState"];
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                webhookId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the first response with this key (per API key, kept 24 h) is replayed to every retry with the same body, with `Idempotent-Replayed: true`. A retry while the first is still running gets 409 idempotency_in_flight with Retry-After; the same key with another body gets 422 idempotency_key_reused.
                 * @example 3f1c9a52-6d0e-4b8a-9c1e-2a7b5d4e8f10
                 */
                "idempotency-key"?: string;
            };
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
                /**
                 * @description Row id
                 * @example 1
                 */
                webhookId: number;
                /**
                 * @description Row id
                 * @example 1
                 */
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state (duplicate, in use, period_closed), another request is changing the row (row_locked, with Retry-After), or its Idempotency-Key is in flight */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be applied, or its Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                type?: components["schemas"]["EventType"];
                /** @description One subject's events, e.g. entry:7:3 */
                subject?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 6-digit administrative division code (GB/T 2260), e.g. 341700 for 池州市
                 * @example 341700
                 */
                cityCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            /** @description The request is malformed (bad_url: a path that is not validly percent-encoded; invalid_json: a body that is not JSON or not UTF-8; invalid_text: a lone surrogate in it) or a field is invalid (validation_failed lists up to 20) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role or scope does not allow this call */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The city, or the resource named in the path or body, does not exist */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was not received in full in time (request_timeout); the connection is closed */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description What the request reads on from was removed for good: an event cursor older than EVENT_RETENTION_DAYS (events_removed) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than any this service accepts (uri_too_long) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this key; see RateLimit-Reset */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request headers are too large (headers_too_large); the connection is closed */
            431: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server failed; the request id is in the body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service cannot answer now; retry after Retry-After seconds: the database is unreachable (database_unavailable), busy (database_busy), too slow (database_timeout) or taking no writes (database_read_only: a standby, or a failover under way), the server is over capacity (overloaded) or shutting down (shutting_down); /readyz: also migrations_pending */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying: sent with 503, and with 409 row_locked and idempotency_in_flight */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    onEntryFiled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "entry.filed",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委"
                 *           }
                 *         ],
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "entryId": 12,
                 *         "state": "submitted",
                 *         "status": "not_rated",
                 *         "proposedStatus": "on_track",
                 *         "submittedAt": "2025-06-05T09:30:00.000Z",
                 *         "late": false,
                 *         "version": 2,
                 *         "origin": "api"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntryFiledEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEntrySubmitted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "entry.submitted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委"
                 *           }
                 *         ],
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "entryId": 12,
                 *         "state": "submitted",
                 *         "status": "not_rated",
                 *         "proposedStatus": "on_track",
                 *         "submittedAt": "2025-06-05T09:30:00.000Z",
                 *         "late": false,
                 *         "version": 2,
                 *         "origin": "api"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntrySubmittedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEntryReturned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "entry.returned",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委"
                 *           }
                 *         ],
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "entryId": 12,
                 *         "state": "submitted",
                 *         "status": "not_rated",
                 *         "proposedStatus": "on_track",
                 *         "submittedAt": "2025-06-05T09:30:00.000Z",
                 *         "late": false,
                 *         "version": 2,
                 *         "origin": "api"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntryReturnedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEntryAccepted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "entry.accepted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委"
                 *           }
                 *         ],
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "entryId": 12,
                 *         "state": "submitted",
                 *         "status": "not_rated",
                 *         "proposedStatus": "on_track",
                 *         "submittedAt": "2025-06-05T09:30:00.000Z",
                 *         "late": false,
                 *         "version": 2,
                 *         "origin": "api"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntryAcceptedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEntryDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "entry.deleted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委"
                 *           }
                 *         ],
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "entryId": 12,
                 *         "state": "submitted",
                 *         "status": "not_rated",
                 *         "proposedStatus": "on_track",
                 *         "submittedAt": "2025-06-05T09:30:00.000Z",
                 *         "late": false,
                 *         "version": 2,
                 *         "origin": "api"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntryDeletedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onEntryOverdue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "entry.overdue",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "state": null,
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntryOverdueEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onReminderIssued: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "reminder.issued",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "reminderId": 3,
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "leadUnitId": 1,
                 *         "leadUnitName": "市发展改革委",
                 *         "kind": "before_due",
                 *         "slotAt": "2025-06-05T09:30:00.000Z",
                 *         "reason": "1-5月份进展情况将于2025-06-06 17:30截止报送，尚有1项任务未报送，请按时报送。",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "tasks": [
                 *           {
                 *             "taskId": 1,
                 *             "seq": 1,
                 *             "title": "地区生产总值增长6.5%以上。",
                 *             "dueAt": "2025-06-05T09:30:00.000Z"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ReminderIssuedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onExtensionRequested: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "extension.requested",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "extensionId": 2,
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "leadUnitId": 1,
                 *         "leadUnitName": "市发展改革委",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "deadline": "2025-06-05T09:30:00.000Z",
                 *         "reason": "统计数据6月10日发布。"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ExtensionRequestedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onExtensionDecided: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "extension.decided",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "extensionId": 2,
                 *         "taskId": 1,
                 *         "taskSeq": 1,
                 *         "taskTitle": "地区生产总值增长6.5%以上。",
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "leadUnitId": 1,
                 *         "leadUnitName": "市发展改革委",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "decision": "approved",
                 *         "reason": null,
                 *         "requestReason": "统计数据6月10日发布。",
                 *         "deadline": "2025-06-05T09:30:00.000Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ExtensionDecidedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "period.created",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "periodId": 5,
                 *         "year": 2025,
                 *         "label": "1-5月份",
                 *         "kind": "month_cumulative",
                 *         "startsOn": "2025-01-01",
                 *         "endsOn": "2025-05-31",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "state": "open",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PeriodCreatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "period.updated",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "periodId": 5,
                 *         "year": 2025,
                 *         "label": "1-5月份",
                 *         "kind": "month_cumulative",
                 *         "startsOn": "2025-01-01",
                 *         "endsOn": "2025-05-31",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "state": "open",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PeriodUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodClosed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "period.closed",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "periodId": 5,
                 *         "year": 2025,
                 *         "label": "1-5月份",
                 *         "kind": "month_cumulative",
                 *         "startsOn": "2025-01-01",
                 *         "endsOn": "2025-05-31",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "state": "open",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PeriodClosedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodReopened: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "period.reopened",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "periodId": 5,
                 *         "year": 2025,
                 *         "label": "1-5月份",
                 *         "kind": "month_cumulative",
                 *         "startsOn": "2025-01-01",
                 *         "endsOn": "2025-05-31",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "state": "open",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PeriodReopenedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "period.deleted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "periodId": 5,
                 *         "year": 2025,
                 *         "label": "1-5月份",
                 *         "kind": "month_cumulative",
                 *         "startsOn": "2025-01-01",
                 *         "endsOn": "2025-05-31",
                 *         "dueAt": "2025-06-05T09:30:00.000Z",
                 *         "state": "open",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PeriodDeletedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "task.created",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "year": 2025,
                 *         "seq": 1,
                 *         "title": "地区生产总值增长6.5%以上。",
                 *         "category": null,
                 *         "version": 1,
                 *         "parentId": null,
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委",
                 *             "role": "lead"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TaskCreatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "task.updated",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "year": 2025,
                 *         "seq": 1,
                 *         "title": "地区生产总值增长6.5%以上。",
                 *         "category": null,
                 *         "version": 1,
                 *         "parentId": null,
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委",
                 *             "role": "lead"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TaskUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "task.deleted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "taskId": 1,
                 *         "year": 2025,
                 *         "seq": 1,
                 *         "title": "地区生产总值增长6.5%以上。",
                 *         "category": null,
                 *         "version": 1,
                 *         "parentId": null,
                 *         "leadUnits": [
                 *           {
                 *             "id": 1,
                 *             "name": "市发展改革委",
                 *             "role": "lead"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["TaskDeletedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadUnitCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "lead_unit.created",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "leadUnitId": 1,
                 *         "name": "市发展改革委",
                 *         "aliases": [
                 *           "市发改委"
                 *         ],
                 *         "shortName": "市发改委",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LeadUnitCreatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadUnitUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "lead_unit.updated",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "leadUnitId": 1,
                 *         "name": "市发展改革委",
                 *         "aliases": [
                 *           "市发改委"
                 *         ],
                 *         "shortName": "市发改委",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LeadUnitUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadUnitMerged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "lead_unit.merged",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "leadUnitId": 1,
                 *         "name": "市发展改革委",
                 *         "aliases": [
                 *           "市发改委"
                 *         ],
                 *         "shortName": "市发改委",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LeadUnitMergedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadUnitDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "lead_unit.deleted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "leadUnitId": 1,
                 *         "name": "市发展改革委",
                 *         "aliases": [
                 *           "市发改委"
                 *         ],
                 *         "shortName": "市发改委",
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["LeadUnitDeletedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onImportCommitted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "import.committed",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "importId": 1,
                 *         "sourceName": "池州1-5月.txt",
                 *         "checksum": "e3b0c442",
                 *         "format": "text",
                 *         "layout": "pipe",
                 *         "periodId": 5,
                 *         "periodLabel": "1-5月份",
                 *         "counts": {}
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ImportCommittedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "webhook.created",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "webhookId": 1,
                 *         "host": "oa.example.gov.cn",
                 *         "events": [
                 *           "entry.submitted"
                 *         ],
                 *         "format": "json",
                 *         "active": true,
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCreatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "webhook.updated",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "webhookId": 1,
                 *         "host": "oa.example.gov.cn",
                 *         "events": [
                 *           "entry.submitted"
                 *         ],
                 *         "format": "json",
                 *         "active": true,
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookUpdatedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": 128,
                 *       "type": "webhook.deleted",
                 *       "subject": "entry:1:5",
                 *       "cityCode": "341700",
                 *       "createdAt": "2025-06-05T09:30:00.000Z",
                 *       "data": {
                 *         "cityName": "池州市",
                 *         "webhookId": 1,
                 *         "host": "oa.example.gov.cn",
                 *         "events": [
                 *           "entry.submitted"
                 *         ],
                 *         "format": "json",
                 *         "active": true,
                 *         "version": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookDeletedEvent"];
            };
        };
        responses: {
            /** @description Received (any 2xx); anything else is retried with backoff */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
