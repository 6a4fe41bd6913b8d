// Generated from the API by `pnpm --filter @learnonce/client generate`; do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers
         * @description Liveness: the process answers
         */
        get: operations["getHealth"];
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
         * Readiness: the primary database answers and the process is not shutting down (503 otherwise); each connection pool and its state
         * @description Readiness: the primary database answers and the process is not shutting down (503 otherwise); each connection pool and its state
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Five failed attempts for one account within 15 minutes throttle that account (429 with Retry-After).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description Refresh tokens are single-use. Reusing a rotated one ends every session from that sign-in.
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session a refresh token belongs to
         * @description End the session a refresh token belongs to
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description The signed-in user
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your own name or password
         * @description A new password needs `currentPassword`, and signs out every other session.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/me/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The items of your sites, in every state, most recently changed first
         * @description Each with its state, the last decision note a curator gave, and whether you can edit or submit it now (`allowedActions` lists every workflow action open to you). Filter by `status` and `type`. Empty for anyone with no sites.
         */
        get: operations["listMyItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sites, by name
         * @description List sites, by name
         */
        get: operations["listSites"];
        put?: never;
        /**
         * Create a site
         * @description The slug defaults to one made from the name.
         */
        post: operations["createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One site
         * @description One site
         */
        get: operations["getSite"];
        put?: never;
        post?: never;
        /**
         * Delete a site nothing refers to
         * @description A site with content answers 409: archive it instead.
         */
        delete: operations["deleteSite"];
        options?: never;
        head?: never;
        /**
         * Change a site
         * @description Change a site
         */
        patch: operations["updateSite"];
        trace?: never;
    };
    "/v1/sites/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a site (it leaves the default list)
         * @description Archive a site (it leaves the default list)
         */
        post: operations["archiveSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sites/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an archived site
         * @description Restore an archived site
         */
        post: operations["restoreSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users, by email
         * @description List users, by email
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Emails are unique whatever their case (409 otherwise). `siteIds` sets the memberships.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description One user
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's name, role, status, memberships or password
         * @description Disabling a user or resetting their password ends their sessions. The last active admin cannot be demoted. Send `If-Match` with the ETag (or version) you read: a stale one is a 412.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first (admins only)
         * @description The audit log, newest first (admins only)
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys, newest first
         * @description List API keys, newest first
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The answer holds the secret, once: only its hash is kept. `content:submit` needs a `siteId`, the one site the key submits lessons for.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API key
         * @description One API key
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Takes effect at once: the next request with the key is a 401. The key stays listed, with `revokedAt`.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lessons you may see
         * @description Newest first, or best match first with `q`. Contributors see their own sites’ items in every state and everything published. Rows leave out the long fields and trim the summary; `fields` brings named ones back, and `GET /v1/lessons/{id}` has them all.
         */
        get: operations["listLessons"];
        put?: never;
        /**
         * Create a lesson (as a draft)
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One lesson
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getLesson"];
        put?: never;
        post?: never;
        /**
         * Delete a draft lesson
         * @description Only drafts are deleted (409 otherwise). Honours `If-Match`.
         */
        delete: operations["deleteLesson"];
        options?: never;
        head?: never;
        /**
         * Change a lesson
         * @description Send `If-Match` with the ETag you read: a stale one is a 412. Workflow fields are not writable here.
         */
        patch: operations["updateLesson"];
        trace?: never;
    };
    "/v1/lessons/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review (draft or changes_requested → submitted)
         * @description Allowed from `draft` or `changes_requested` for contributors of the item's sites or curators; the lesson becomes `submitted`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["submitLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim (submitted → in_review)
         * @description Allowed from `submitted` for curators; the lesson becomes `in_review`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["claimLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release (in_review → submitted)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the lesson becomes `submitted`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["releaseLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request changes (in_review → changes_requested)
         * @description Allowed from `in_review` for the curator who claimed it; the lesson becomes `changes_requested`. A `note` is required. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["requestLessonChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish (in_review → published)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the lesson becomes `published`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["publishLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject (in_review → rejected)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the lesson becomes `rejected`. A `note` is required. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["rejectLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/mark-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark as duplicate (in_review → duplicate)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the lesson becomes `duplicate`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["markLessonDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive (published → archived)
         * @description Allowed from `published` for curators; the lesson becomes `archived`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["archiveLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore (archived → published)
         * @description Allowed from `archived` for curators; the lesson becomes `published`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["restoreLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you may do with the lesson now
         * @description The workflow actions open to you on this lesson in its current state, decided as the action routes decide them, each with its label, the state it leads to, whether it needs a note and whether it names an original; `version` is the version they were decided for. Empty when nothing is open to you; 404 when you cannot see the lesson.
         */
        get: operations["listLessonActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lesson's workflow history
         * @description Every transition (who, when, action, from, to, note), oldest first, for whoever can see the item.
         */
        get: operations["getLessonHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lesson's review thread, oldest first
         * @description The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only. Contributors are never shown internal notes.
         */
        get: operations["listLessonComments"];
        put?: never;
        /**
         * Comment on a lesson in review
         * @description The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only. The body is Markdown, stored as written. Commenting does not change the lesson or its ETag.
         */
        post: operations["createLessonComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lessons/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One comment
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getLessonComment"];
        put?: never;
        post?: never;
        /**
         * Delete your comment
         * @description Authors delete their own comments; admins may delete any, to moderate the thread. Honours `If-Match`.
         */
        delete: operations["deleteLessonComment"];
        options?: never;
        head?: never;
        /**
         * Change your comment
         * @description Only its author edits a comment. Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateLessonComment"];
        trace?: never;
    };
    "/v1/lessons/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items like this lesson: likely duplicates
         * @description Lessons, case studies and solutions you may see that look like this one, best first, each with a score (0–1) and the reasons: alike titles, shared distinctive words, shared themes, the same journey stage. 404 when you cannot see the lesson.
         */
        get: operations["similarLesson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List case studies you may see
         * @description Newest first, or best match first with `q`. Contributors see their own sites’ items in every state and everything published. Rows leave out the long fields and trim the summary; `fields` brings named ones back, and `GET /v1/case-studies/{id}` has them all.
         */
        get: operations["listCaseStudies"];
        put?: never;
        /**
         * Create a case study (as a draft)
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case study
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getCaseStudy"];
        put?: never;
        post?: never;
        /**
         * Delete a draft case study
         * @description Only drafts are deleted (409 otherwise). Honours `If-Match`.
         */
        delete: operations["deleteCaseStudy"];
        options?: never;
        head?: never;
        /**
         * Change a case study
         * @description Send `If-Match` with the ETag you read: a stale one is a 412. Workflow fields are not writable here.
         */
        patch: operations["updateCaseStudy"];
        trace?: never;
    };
    "/v1/case-studies/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review (draft or changes_requested → submitted)
         * @description Allowed from `draft` or `changes_requested` for contributors of the item's sites or curators; the case study becomes `submitted`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["submitCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim (submitted → in_review)
         * @description Allowed from `submitted` for curators; the case study becomes `in_review`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["claimCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release (in_review → submitted)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the case study becomes `submitted`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["releaseCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request changes (in_review → changes_requested)
         * @description Allowed from `in_review` for the curator who claimed it; the case study becomes `changes_requested`. A `note` is required. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["requestCaseStudyChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish (in_review → published)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the case study becomes `published`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["publishCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject (in_review → rejected)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the case study becomes `rejected`. A `note` is required. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["rejectCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/mark-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark as duplicate (in_review → duplicate)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the case study becomes `duplicate`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["markCaseStudyDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive (published → archived)
         * @description Allowed from `published` for curators; the case study becomes `archived`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["archiveCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore (archived → published)
         * @description Allowed from `archived` for curators; the case study becomes `published`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["restoreCaseStudy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you may do with the case study now
         * @description The workflow actions open to you on this case study in its current state, decided as the action routes decide them, each with its label, the state it leads to, whether it needs a note and whether it names an original; `version` is the version they were decided for. Empty when nothing is open to you; 404 when you cannot see the case study.
         */
        get: operations["listCaseStudyActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case study's workflow history
         * @description Every transition (who, when, action, from, to, note), oldest first, for whoever can see the item.
         */
        get: operations["getCaseStudyHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case study's review thread, oldest first
         * @description The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only. Contributors are never shown internal notes.
         */
        get: operations["listCaseStudyComments"];
        put?: never;
        /**
         * Comment on a case study in review
         * @description The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only. The body is Markdown, stored as written. Commenting does not change the case study or its ETag.
         */
        post: operations["createCaseStudyComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-studies/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One comment
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getCaseStudyComment"];
        put?: never;
        post?: never;
        /**
         * Delete your comment
         * @description Authors delete their own comments; admins may delete any, to moderate the thread. Honours `If-Match`.
         */
        delete: operations["deleteCaseStudyComment"];
        options?: never;
        head?: never;
        /**
         * Change your comment
         * @description Only its author edits a comment. Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateCaseStudyComment"];
        trace?: never;
    };
    "/v1/case-studies/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items like this case study: likely duplicates
         * @description Lessons, case studies and solutions you may see that look like this one, best first, each with a score (0–1) and the reasons: alike titles, shared distinctive words, shared themes, the same journey stage. 404 when you cannot see the case study.
         */
        get: operations["similarCaseStudy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List solutions you may see
         * @description Newest first, or best match first with `q`. Contributors see their own sites’ items in every state and everything published. Rows leave out the long fields and trim the summary; `fields` brings named ones back, and `GET /v1/solutions/{id}` has them all.
         */
        get: operations["listSolutions"];
        put?: never;
        /**
         * Create a solution (as a draft)
         * @description Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One solution
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getSolution"];
        put?: never;
        post?: never;
        /**
         * Delete a draft solution
         * @description Only drafts are deleted (409 otherwise). Honours `If-Match`.
         */
        delete: operations["deleteSolution"];
        options?: never;
        head?: never;
        /**
         * Change a solution
         * @description Send `If-Match` with the ETag you read: a stale one is a 412. Workflow fields are not writable here.
         */
        patch: operations["updateSolution"];
        trace?: never;
    };
    "/v1/solutions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for review (draft or changes_requested → submitted)
         * @description Allowed from `draft` or `changes_requested` for contributors of the item's sites or curators; the solution becomes `submitted`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["submitSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim (submitted → in_review)
         * @description Allowed from `submitted` for curators; the solution becomes `in_review`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["claimSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release (in_review → submitted)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the solution becomes `submitted`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["releaseSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request changes (in_review → changes_requested)
         * @description Allowed from `in_review` for the curator who claimed it; the solution becomes `changes_requested`. A `note` is required. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["requestSolutionChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish (in_review → published)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the solution becomes `published`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["publishSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject (in_review → rejected)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the solution becomes `rejected`. A `note` is required. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["rejectSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/mark-duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark as duplicate (in_review → duplicate)
         * @description Allowed from `in_review` for the curator who claimed it or admins; the solution becomes `duplicate`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["markSolutionDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive (published → archived)
         * @description Allowed from `published` for curators; the solution becomes `archived`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["archiveSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore (archived → published)
         * @description Allowed from `archived` for curators; the solution becomes `published`. From any other state: 409 naming the state and the actions it allows. Honours `If-Match`. Answers the changed item with its new ETag.
         */
        post: operations["restoreSolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What you may do with the solution now
         * @description The workflow actions open to you on this solution in its current state, decided as the action routes decide them, each with its label, the state it leads to, whether it needs a note and whether it names an original; `version` is the version they were decided for. Empty when nothing is open to you; 404 when you cannot see the solution.
         */
        get: operations["listSolutionActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The solution's workflow history
         * @description Every transition (who, when, action, from, to, note), oldest first, for whoever can see the item.
         */
        get: operations["getSolutionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The solution's review thread, oldest first
         * @description The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only. Contributors are never shown internal notes.
         */
        get: operations["listSolutionComments"];
        put?: never;
        /**
         * Comment on a solution in review
         * @description The thread is between curators, admins and the item's contributors (members of one of its sites): anyone else who can see the item gets 403, and anyone who cannot see it 404. Internal notes are for curators and admins only. The body is Markdown, stored as written. Commenting does not change the solution or its ETag.
         */
        post: operations["createSolutionComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One comment
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getSolutionComment"];
        put?: never;
        post?: never;
        /**
         * Delete your comment
         * @description Authors delete their own comments; admins may delete any, to moderate the thread. Honours `If-Match`.
         */
        delete: operations["deleteSolutionComment"];
        options?: never;
        head?: never;
        /**
         * Change your comment
         * @description Only its author edits a comment. Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateSolutionComment"];
        trace?: never;
    };
    "/v1/solutions/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items like this solution: likely duplicates
         * @description Lessons, case studies and solutions you may see that look like this one, best first, each with a score (0–1) and the reasons: alike titles, shared distinctive words, shared themes, the same journey stage. 404 when you cannot see the solution.
         */
        get: operations["similarSolution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The triage queue: submitted and in-review items, oldest submission first
         * @description Lessons, case studies and solutions in one list. Filter by `type`, `status`, `theme`, `siteId`, `region` and `assignee` (`me`, `none` for unclaimed, or a user id). Curators and admins only.
         */
        get: operations["listTriageQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many queue items each filter choice would show
         * @description The counts beside the queue’s filters: by `type`, `status`, `assignee` (`me`, `none`), region and theme, with the same filters as the queue. Each group is counted with every other filter applied but not its own, so a number says what choosing it would list; `total` applies them all. Curators and admins only.
         */
        get: operations["countTriageQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/triage/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim the oldest unclaimed submission
         * @description Claims it for you (as `POST /{type}/{id}/claim` would, history and all) and answers its queue entry, with `Location` naming the item. Two curators asking at once get two different items. Narrow the choice by `type`, `theme`, `siteId` or `region`. 204 when nothing is waiting.
         */
        post: operations["claimNextInTriage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a solution was derived from, and what was derived from it
         * @description Ancestors nearest first; descendants breadth first (by depth, then id), at most 20 steps either way. Only solutions you may see are listed, but hidden ones still connect the chain: a solution derived from a hidden draft is listed with its true depth.
         */
        get: operations["getSolutionLineage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sites’ adoptions of a solution, newest first
         * @description Anyone who may see the solution sees every site’s adoption of it.
         */
        get: operations["listSolutionAdoptions"];
        put?: never;
        /**
         * Record a site’s adoption of a published solution
         * @description Contributors record adoptions for their own sites; curators and admins for any site. A site does not adopt its own solution. With mode `enhance`, `producedSolutionId` names the adopting site’s new solution; if that solution does not yet say what it was derived from, it becomes derived from this one. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createSolutionAdoption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/solutions/{id}/adoptions/{adoptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One adoption
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getSolutionAdoption"];
        put?: never;
        post?: never;
        /**
         * Delete an adoption
         * @description Honours `If-Match`. A lineage link the adoption made stays with the produced solution.
         */
        delete: operations["deleteSolutionAdoption"];
        options?: never;
        head?: never;
        /**
         * Change an adoption (its mode, status, notes, start or produced solution)
         * @description Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateSolutionAdoption"];
        trace?: never;
    };
    "/v1/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List networks, by name
         * @description `siteId` finds the networks a site is a member of; `q` searches names and purposes.
         */
        get: operations["listNetworks"];
        put?: never;
        /**
         * Create a network
         * @description Curators and admins. The slug defaults to one made from the name. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One network
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getNetwork"];
        put?: never;
        post?: never;
        /**
         * Delete a forming network that has no events
         * @description Any other network answers 409: close it instead. Honours `If-Match`.
         */
        delete: operations["deleteNetwork"];
        options?: never;
        head?: never;
        /**
         * Change a network
         * @description Curators and admins. `members`, `coordinatorIds` and `contentIds` replace the current sets. Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateNetwork"];
        trace?: never;
    };
    "/v1/networks/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A network’s events, soonest first
         * @description `from` and `to` keep the events that overlap that window.
         */
        get: operations["listNetworkEvents"];
        put?: never;
        /**
         * Add an event to a network
         * @description Curators and admins. `endsAt` must be after `startsAt`, and an event needs a `location`, an `onlineUrl`, or both.
         */
        post: operations["createNetworkEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscribe to a network’s events (iCalendar)
         * @description An RFC 5545 feed for calendar apps. No token needed; outputs are left out, as they may not be public.
         */
        get: operations["getNetworkCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events across networks, soonest first
         * @description `from` and `to` keep the events that overlap that window (an event touching either end counts).
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
    "/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /**
         * Delete an event
         * @description Curators and admins. Honours `If-Match`.
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /**
         * Change an event
         * @description Curators and admins. The result must still end after it starts and have a location or an onlineUrl. Honours `If-Match`.
         */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/v1/networks/{id}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A network’s library, in its order
         * @description In an `open` network anyone signed in reads the library; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404). Filter with `kind` and `journeyStage`.
         */
        get: operations["listNetworkResources"];
        put?: never;
        /**
         * Add a link or a file to a network’s library
         * @description People at member sites, coordinators, curators and admins. Send exactly one of `url` and `fileId` (a file you uploaded; curators may attach any). It goes last in the library. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createNetworkResource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}/resources/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the order of a network’s library
         * @description Coordinators, curators and admins. Name every resource of the network exactly once, first to last; a missing, unknown or repeated id is a 400. Answers the library in its new order.
         */
        put: operations["reorderNetworkResources"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A network’s discussions: pinned first, then newest activity
         * @description People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions. `q` searches thread titles and the words of posts (full-text, English stemming).
         */
        get: operations["listNetworkThreads"];
        put?: never;
        /**
         * Start a discussion
         * @description People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions. The body is the first post, in Markdown. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createNetworkThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A network’s news, newest first
         * @description In an `open` network anyone signed in reads its news; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404). News with a later `publishedAt` is for moderators until then. Filter with `kind`.
         */
        get: operations["listNetworkUpdates"];
        put?: never;
        /**
         * Publish news to a network
         * @description Coordinators, curators and admins. `fileIds` attach uploaded files; `publishedAt` defaults to now, and a later time schedules it. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createNetworkUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}/updates.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A network’s news as an Atom feed
         * @description The 50 newest published items. In an `open` network anyone signed in reads its news; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404). News with a later `publishedAt` is for moderators until then. It needs a token like the rest of the network’s community, since a members-only network’s news is not public.
         */
        get: operations["getNetworkNewsFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/networks/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happened lately in a network’s library, discussions and news
         * @description Newest first, from the audit trail: resources added, changed, reordered and removed; discussions started, pinned, locked and captured; posts written, edited and removed; news published, changed and removed. Readable by whoever reads the network’s community.
         */
        get: operations["listNetworkActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One library resource
         * @description In an `open` network anyone signed in reads the library; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404). Answers 304 to a matching If-None-Match.
         */
        get: operations["getResource"];
        put?: never;
        post?: never;
        /**
         * Remove a resource from the library
         * @description Coordinators, curators and admins. Its file stays uploaded but is no longer attached here. Honours `If-Match`.
         */
        delete: operations["deleteResource"];
        options?: never;
        head?: never;
        /**
         * Change a library resource
         * @description Coordinators, curators and admins. Sending `url` or `fileId` switches the resource to that source (send the other as null or leave it out). Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateResource"];
        trace?: never;
    };
    "/v1/threads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One discussion
         * @description People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions. Answers 304 to a matching If-None-Match.
         */
        get: operations["getThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Retitle, pin or lock a discussion
         * @description Moderators (the network’s coordinators, curators, admins) change anything; the thread’s author may change its title. A locked thread takes no new posts or edits (409) until unlocked. Honours `If-Match`.
         */
        patch: operations["updateThread"];
        trace?: never;
    };
    "/v1/threads/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A discussion’s posts, oldest first
         * @description People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions. A removed post keeps its place with the text "This post was removed".
         */
        get: operations["listThreadPosts"];
        put?: never;
        /**
         * Reply in a discussion
         * @description People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions. A locked thread answers 409. Send an `Idempotency-Key` header to make retries safe.
         */
        post: operations["createThreadPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/threads/{id}/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture a discussion as a draft lesson
         * @description Contributors at the network’s member sites, and curators. Creates a draft lesson for `siteId` (a member site you belong to) prefilled from the thread: its title, the first post as the context, the replies as notes, and a link back to the thread, which then lists the lesson in `capturedLessonIds`.
         */
        post: operations["captureThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One post
         * @description People at the network’s member sites, its coordinators, curators and admins take part; in an `open` network anyone signed in reads, in a `members` network only they do (anyone else gets 404). API keys do not read discussions. Answers 304 to a matching If-None-Match.
         */
        get: operations["getPost"];
        put?: never;
        post?: never;
        /**
         * Remove a post
         * @description Its author, or a moderator. The post keeps its place in the thread, reading "This post was removed"; its words are erased. Honours `If-Match`.
         */
        delete: operations["deletePost"];
        options?: never;
        head?: never;
        /**
         * Edit your post
         * @description Only the author, within 24 hours of posting (`editableUntil`); a moderator’s own posts have no limit. Sets `editedAt`. Not in a locked thread, nor once removed (409). Honours `If-Match`.
         */
        patch: operations["updatePost"];
        trace?: never;
    };
    "/v1/updates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One news item
         * @description In an `open` network anyone signed in reads its news; in a `members` network only people at its member sites, its coordinators, curators and admins (anyone else gets 404). News with a later `publishedAt` is for moderators until then. Answers 304 to a matching If-None-Match.
         */
        get: operations["getUpdate"];
        put?: never;
        post?: never;
        /**
         * Remove a news item
         * @description Coordinators, curators and admins. Honours `If-Match`.
         */
        delete: operations["deleteUpdate"];
        options?: never;
        head?: never;
        /**
         * Change a news item
         * @description Coordinators, curators and admins. `fileIds` replaces the attached files. Honours `If-Match`.
         */
        patch: operations["updateUpdate"];
        trace?: never;
    };
    "/v1/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The terms content is classified by
         * @description Live themes in the order admins set, care settings, and journey stages in the order work walks them.
         */
        get: operations["getTaxonomy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List themes, in the taxonomy order
         * @description Live themes by position, as `PUT /v1/themes/order` set it; `retired=true` lists the retired ones instead.
         */
        get: operations["listThemes"];
        put?: never;
        /**
         * Create a theme
         * @description The slug defaults to one made from the name; a taken slug is a 409.
         */
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the order of the live themes
         * @description Name every live theme exactly once, first to last; a missing, unknown, retired or repeated slug is a 400. Answers the live themes in their new order.
         */
        put: operations["putOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One theme, live or retired
         * @description Answers 304 to a matching If-None-Match.
         */
        get: operations["getTheme"];
        put?: never;
        post?: never;
        /**
         * Delete a theme no content uses
         * @description A theme any item uses answers 409: retire it instead. Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        delete: operations["deleteTheme"];
        options?: never;
        head?: never;
        /**
         * Rename or redescribe a theme
         * @description Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        patch: operations["updateTheme"];
        trace?: never;
    };
    "/v1/themes/{slug}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a theme
         * @description It leaves the taxonomy and can no longer be chosen for content; items that have it keep it. Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        post: operations["retireTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes/{slug}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring a retired theme back
         * @description Send `If-Match` with the ETag you read: a stale one is a 412.
         */
        post: operations["restoreTheme"];
        delete?: never;
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
         * Search everything you may see
         * @description Lessons, case studies, solutions and networks matching `q`, best match first, each with a highlighted snippet (HTML-escaped, matches in `<mark>`). Titles weigh most, then summaries, then the rest of the text. Contributors find their own sites’ items in every state and everything published.
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
    "/v1/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom feed of newly published content
         * @description The 50 most recently published lessons, case studies and solutions, newest first, as Atom 1.0. Public: no token needed, and only published content appears. Filter with `type`, `theme` and `journeyStage`.
         */
        get: operations["getAtomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Changes to published content since a cursor, oldest first (a snapshot first when there is no cursor)
         * @description Upserts carry the same JSON as the item endpoints; a delete is a tombstone for an item that left the published set. Always store nextCursor, even after an empty page.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoints, oldest first
         * @description The endpoints, oldest first
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register an endpoint; the signing secret is in this response only
         * @description Each delivery is a POST of {type, timestamp, data} signed as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature headers); verify it with the standardwebhooks library and the secret.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One endpoint (never its secret)
         * @description One endpoint (never its secret)
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Remove an endpoint and its delivery log
         * @description Remove an endpoint and its delivery log
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint; active: true switches a disabled one back on
         * @description Change an endpoint; active: true switches a disabled one back on
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new signing secret; the old one also signs for overlapSeconds (default a day)
         * @description Issue a new signing secret; the old one also signs for overlapSeconds (default a day)
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries to the endpoint, newest first, each with every attempt (status code, duration, error, when)
         * @description Deliveries to the endpoint, newest first, each with every attempt (status code, duration, error, when)
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (same webhook-id, so receivers can tell it is the same event)
         * @description Send a delivery again (same webhook-id, so receivers can tell it is the same event)
         */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a ping event to the endpoint
         * @description Send a ping event to the endpoint
         */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The triage pipeline: what waits, how old it is, and submissions per week
         * @description Hub-wide counts of the queue, its backlog by age and the submissions of the last `weeks` weeks. Curators and admins only.
         */
        get: operations["getDashboardPipeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published content by theme and journey stage, the most reused solutions, and upcoming events
         * @description Counts only what everyone signed in may read (published items and their adoptions), so every role sees the same figures.
         */
        get: operations["getDashboardContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The items of your sites by state, and their latest published
         * @description Membership decides, as for `/v1/me/items`: no other site’s items are counted. Empty for anyone with no sites.
         */
        get: operations["getDashboardMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard/hub": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hub health: users and sites, failing webhooks, API key usage
         * @description Admins only.
         */
        get: operations["getDashboardHub"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Send `multipart/form-data` with the file in a part named `file`. Its type is read from its bytes: PDF, Word, Excel, PowerPoint (also the legacy .doc/.xls/.ppt), OpenDocument, CSV, plain text, Markdown, PNG, JPEG, WebP, or a ZIP of those (otherwise 415). At most `MAX_UPLOAD_MB` (413, with nothing kept); an empty file is a 422. The file is attached to nothing yet: name it as an artefact, a link or an event output; a file left unattached is removed after a day.
         */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One file’s metadata
         * @description Visible to whoever can see something it is attached to, and to its uploader; anyone else gets a 404.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description Streams the bytes with their detected `Content-Type`; images and PDFs open in the browser, anything else downloads. The `ETag` is the sha256 (`If-None-Match` answers 304); one `Range` (with `If-Range`) answers 206, one past the end 416.
         */
        get: operations["contentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: {
                in: "body" | "query" | "params" | "headers";
                /** @description JSON pointer to the invalid field, e.g. /title */
                pointer: string;
                detail: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        database: string;
                        pools: {
                            /** @description primary, or replica-1, replica-2… in the order of DATABASE_REPLICA_URLS */
                            name: string;
                            role: "primary" | "replica";
                            /** @description A replica serves reads only while up; otherwise its reads go to the primary */
                            status: "up" | "down" | "lagging" | "starting";
                            /** @description How far a replica is behind the primary's last commit */
                            lagMs: number | null;
                            detail: string | null;
                            connections: {
                                total: number;
                                idle: number;
                                waiting: number;
                            };
                        }[];
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tokenType: "Bearer";
                        accessToken: string;
                        /** @description Seconds until the access token expires */
                        expiresIn: number;
                        /** @description Single use: every refresh returns a new one */
                        refreshToken: string;
                        user: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "curator" | "contributor";
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** @description Sites this user is a member of (scopes what contributors can touch) */
                            siteIds: string[];
                            lastLoginAt: string | null;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        tokenType: "Bearer";
                        accessToken: string;
                        /** @description Seconds until the access token expires */
                        expiresIn: number;
                        /** @description Single use: every refresh returns a new one */
                        refreshToken: string;
                        user: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "curator" | "contributor";
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** @description Sites this user is a member of (scopes what contributors can touch) */
                            siteIds: string[];
                            lastLoginAt: string | null;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "curator" | "contributor";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Sites this user is a member of (scopes what contributors can touch) */
                        siteIds: string[];
                        lastLoginAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    currentPassword?: string;
                    /** @description At least 10 characters */
                    newPassword?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "curator" | "contributor";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Sites this user is a member of (scopes what contributors can touch) */
                        siteIds: string[];
                        lastLoginAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listMyItems: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                type?: "lesson" | "case_study" | "solution";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            siteIds: string[];
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            submittedAt: string | null;
                            publishedAt: string | null;
                            decisionNote: string | null;
                            canEdit: boolean;
                            canSubmit: boolean;
                            allowedActions: ("submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore")[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listSites: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                kind?: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                /** @description true: only archived sites; false (default): only live ones */
                archived?: boolean;
                /** @description Matches name, slug or ODS code */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            name: string;
                            slug: string;
                            /** @enum {string} */
                            kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                            /** @enum {string} */
                            region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                            odsCode: string | null;
                            website: string | null;
                            contactEmail: string | null;
                            archivedAt: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createSite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    slug?: string;
                    /** @enum {string} */
                    kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                    /** @enum {string} */
                    region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                    odsCode?: string | null;
                    website?: string | null;
                    contactEmail?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        /** @enum {string} */
                        kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                        /** @enum {string} */
                        region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                        odsCode: string | null;
                        website: string | null;
                        contactEmail: string | null;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        /** @enum {string} */
                        kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                        /** @enum {string} */
                        region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                        odsCode: string | null;
                        website: string | null;
                        contactEmail: string | null;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    /** @enum {string} */
                    kind?: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                    /** @enum {string} */
                    region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                    odsCode?: string | null;
                    website?: string | null;
                    contactEmail?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        /** @enum {string} */
                        kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                        /** @enum {string} */
                        region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                        odsCode: string | null;
                        website: string | null;
                        contactEmail: string | null;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    archiveSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        /** @enum {string} */
                        kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                        /** @enum {string} */
                        region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                        odsCode: string | null;
                        website: string | null;
                        contactEmail: string | null;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    restoreSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        /** @enum {string} */
                        kind: "nhs_trust" | "gp_practice" | "primary_care_network" | "local_authority" | "integrated_care_board" | "shared_care_record" | "voluntary_org" | "other";
                        /** @enum {string} */
                        region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                        odsCode: string | null;
                        website: string | null;
                        contactEmail: string | null;
                        archivedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                role?: "admin" | "curator" | "contributor";
                status?: "active" | "disabled";
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                /** @description Matches name or email */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /** Format: email */
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "curator" | "contributor";
                            /** @enum {string} */
                            status: "active" | "disabled";
                            /** @description Sites this user is a member of (scopes what contributors can touch) */
                            siteIds: string[];
                            lastLoginAt: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "admin" | "curator" | "contributor";
                    /** @description At least 10 characters */
                    password: string;
                    /** @default [] */
                    siteIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "curator" | "contributor";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Sites this user is a member of (scopes what contributors can touch) */
                        siteIds: string[];
                        lastLoginAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "curator" | "contributor";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Sites this user is a member of (scopes what contributors can touch) */
                        siteIds: string[];
                        lastLoginAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    role?: "admin" | "curator" | "contributor";
                    /** @enum {string} */
                    status?: "active" | "disabled";
                    siteIds?: string[];
                    /** @description At least 10 characters */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "curator" | "contributor";
                        /** @enum {string} */
                        status: "active" | "disabled";
                        /** @description Sites this user is a member of (scopes what contributors can touch) */
                        siteIds: string[];
                        lastLoginAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description UUID (v7, time-ordered) */
                actorId?: string;
                action?: string;
                subjectId?: string;
                /** @description ISO 8601 timestamp */
                since?: string;
                /** @description ISO 8601 timestamp */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description One of: auth.login, auth.login_failed, auth.logout, auth.token_family_revoked, auth.password_changed, api_key.created, api_key.revoked, user.created, user.updated, site.created, site.updated, site.archived, site.restored, site.deleted, theme.created, theme.updated, theme.retired, theme.restored, theme.deleted, theme.reordered, lesson.created, lesson.updated, lesson.deleted, case_study.created, case_study.updated, case_study.deleted, solution.created, solution.updated, solution.deleted, lesson.submitted, lesson.claimed, lesson.released, lesson.changes_requested, lesson.published, lesson.rejected, lesson.marked_duplicate, lesson.archived, lesson.restored, case_study.submitted, case_study.claimed, case_study.released, case_study.changes_requested, case_study.published, case_study.rejected, case_study.marked_duplicate, case_study.archived, case_study.restored, solution.submitted, solution.claimed, solution.released, solution.changes_requested, solution.published, solution.rejected, solution.marked_duplicate, solution.archived, solution.restored, comment.created, comment.updated, comment.deleted, adoption.created, adoption.updated, adoption.deleted, network.created, network.updated, network.deleted, event.created, event.updated, event.deleted */
                            action: string;
                            actorId: string | null;
                            subjectType: string | null;
                            subjectId: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            ip: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                state?: "active" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            name: string;
                            /** @description The first characters of the secret (lo_live_…), to tell keys apart */
                            prefix: string;
                            scopes: ("content:read" | "content:submit")[];
                            siteId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            createdById: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("content:read" | "content:submit")[];
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp
                     */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        name: string;
                        /** @description The first characters of the secret (lo_live_…), to tell keys apart */
                        prefix: string;
                        scopes: ("content:read" | "content:submit")[];
                        siteId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        createdById: string | null;
                        /** @description Send as `Authorization: Bearer <secret>`. Shown once; store it now. */
                        secret: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        name: string;
                        /** @description The first characters of the secret (lo_live_…), to tell keys apart */
                        prefix: string;
                        scopes: ("content:read" | "content:submit")[];
                        siteId: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        createdById: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listLessons: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                theme?: string;
                careSetting?: "primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance";
                journeyStage?: "vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread";
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                tag?: string;
                /** @description UUID (v7, time-ordered) */
                networkId?: string;
                /** @description ISO 8601 timestamp */
                updatedSince?: string;
                /** @description Full-text search, ranked: title above summary above the body */
                q?: string;
                /**
                 * @description Extra fields for each list row, comma-separated, from: summary, context, wentWell, didNotGoWell, doDifferently, links, relatedSolutionIds, relatedCaseStudyIds. `summary` (or `problem`) brings the untrimmed text.
                 * @example summary,context
                 */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            title: string;
                            /** @description Trimmed to 280 characters (ending in …) unless `fields` names it */
                            summary: string;
                            /** @description Theme slugs from /v1/taxonomy */
                            themes: string[];
                            careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                            tags: string[];
                            journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            authorId: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            submittedAt: string | null;
                            assigneeId: string | null;
                            publishedAt: string | null;
                            decisionNote: string | null;
                            duplicateOfId: string | null;
                            /** @description Markdown */
                            context?: string;
                            /** @description Markdown */
                            wentWell?: string;
                            /** @description Markdown */
                            didNotGoWell?: string;
                            /** @description Markdown */
                            doDifferently?: string;
                            links?: {
                                title: string;
                                /** Format: uri */
                                url: string;
                                /** @enum {string} */
                                kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                            }[];
                            relatedSolutionIds?: string[];
                            relatedCaseStudyIds?: string[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createLesson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary: string;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId: string;
                    /** @description Markdown */
                    context?: string;
                    /** @description Markdown */
                    wentWell?: string;
                    /** @description Markdown */
                    didNotGoWell?: string;
                    /** @description Markdown */
                    doDifferently?: string;
                    /** @description Theme slugs from /v1/taxonomy */
                    themes?: string[];
                    careSettings?: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                    tags?: string[];
                    links?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                    }[];
                    journeyStage?: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                    relatedSolutionIds?: string[];
                    relatedCaseStudyIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    summary?: string;
                    /** @description Markdown */
                    context?: string;
                    /** @description Markdown */
                    wentWell?: string;
                    /** @description Markdown */
                    didNotGoWell?: string;
                    /** @description Markdown */
                    doDifferently?: string;
                    /** @description Theme slugs from /v1/taxonomy */
                    themes?: string[];
                    careSettings?: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                    tags?: string[];
                    links?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                    }[];
                    journeyStage?: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId?: string;
                    relatedSolutionIds?: string[];
                    relatedCaseStudyIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    submitLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    claimLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    releaseLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    requestLessonChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    publishLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    rejectLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    markLessonDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    duplicateOfId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    archiveLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    restoreLesson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listLessonActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            action: "submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore";
                            /** @description For people: "Publish" */
                            label: string;
                            /** @enum {string} */
                            to: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /** @enum {string} */
                            note: "required" | "optional";
                            /** @description Whether the action names the original (`duplicateOfId`) */
                            needsDuplicateOf: boolean;
                        }[];
                        /** @description The item version these actions were decided for */
                        version: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getLessonHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            action: "submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore";
                            /** @enum {string} */
                            fromStatus: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /** @enum {string} */
                            toStatus: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            actorId: string | null;
                            actorName: string | null;
                            note: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listLessonComments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            version: number;
                            /** @description Markdown, stored as written */
                            body: string;
                            internal: boolean;
                            authorId: string | null;
                            authorName: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createLessonComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @description A note for curators and admins only
                     * @default false
                     */
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getLessonComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteLessonComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateLessonComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    similarLesson: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "lesson" | "case_study" | "solution";
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            };
                            /** @description Higher is more alike */
                            score: number;
                            reasons: {
                                /** @enum {string} */
                                kind: "title" | "words" | "themes" | "journey_stage";
                                /** @description e.g. "Titles are 72% alike" or "Shares: discharge, pharmacy, fax" */
                                detail: string;
                                /** @description The shared themes or distinctive words */
                                words?: string[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listCaseStudies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                theme?: string;
                careSetting?: "primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance";
                journeyStage?: "vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread";
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                tag?: string;
                /** @description UUID (v7, time-ordered) */
                networkId?: string;
                /** @description ISO 8601 timestamp */
                updatedSince?: string;
                /** @description Full-text search, ranked: title above summary above the body */
                q?: string;
                /**
                 * @description Extra fields for each list row, comma-separated, from: summary, body, outcomes, links, relatedLessonIds, relatedSolutionIds. `summary` (or `problem`) brings the untrimmed text.
                 * @example summary,body
                 */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            title: string;
                            /** @description Trimmed to 280 characters (ending in …) unless `fields` names it */
                            summary: string;
                            /** @description Theme slugs from /v1/taxonomy */
                            themes: string[];
                            careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                            tags: string[];
                            journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                            /** @description One or more sites */
                            siteIds: string[];
                            authorId: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            submittedAt: string | null;
                            assigneeId: string | null;
                            publishedAt: string | null;
                            decisionNote: string | null;
                            duplicateOfId: string | null;
                            /** @description Markdown */
                            body?: string;
                            /** @description Markdown */
                            outcomes?: string;
                            links?: {
                                title: string;
                                /** Format: uri */
                                url: string;
                                /** @enum {string} */
                                kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                            }[];
                            relatedLessonIds?: string[];
                            relatedSolutionIds?: string[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary: string;
                    /** @description One or more sites */
                    siteIds: string[];
                    /** @description Markdown */
                    body?: string;
                    /** @description Markdown */
                    outcomes?: string;
                    /** @description Theme slugs from /v1/taxonomy */
                    themes?: string[];
                    careSettings?: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                    tags?: string[];
                    links?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                    }[];
                    journeyStage?: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                    relatedLessonIds?: string[];
                    relatedSolutionIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    summary?: string;
                    /** @description Markdown */
                    body?: string;
                    /** @description Markdown */
                    outcomes?: string;
                    /** @description Theme slugs from /v1/taxonomy */
                    themes?: string[];
                    careSettings?: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                    tags?: string[];
                    links?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                    }[];
                    journeyStage?: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                    /** @description One or more sites */
                    siteIds?: string[];
                    relatedLessonIds?: string[];
                    relatedSolutionIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    submitCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    claimCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    releaseCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    requestCaseStudyChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    publishCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    rejectCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    markCaseStudyDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    duplicateOfId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    archiveCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    restoreCaseStudy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        body: string;
                        /** @description Markdown */
                        outcomes: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description One or more sites */
                        siteIds: string[];
                        authorId: string | null;
                        relatedLessonIds: string[];
                        relatedSolutionIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listCaseStudyActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            action: "submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore";
                            /** @description For people: "Publish" */
                            label: string;
                            /** @enum {string} */
                            to: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /** @enum {string} */
                            note: "required" | "optional";
                            /** @description Whether the action names the original (`duplicateOfId`) */
                            needsDuplicateOf: boolean;
                        }[];
                        /** @description The item version these actions were decided for */
                        version: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getCaseStudyHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            action: "submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore";
                            /** @enum {string} */
                            fromStatus: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /** @enum {string} */
                            toStatus: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            actorId: string | null;
                            actorName: string | null;
                            note: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listCaseStudyComments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            version: number;
                            /** @description Markdown, stored as written */
                            body: string;
                            internal: boolean;
                            authorId: string | null;
                            authorName: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createCaseStudyComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @description A note for curators and admins only
                     * @default false
                     */
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getCaseStudyComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteCaseStudyComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateCaseStudyComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    similarCaseStudy: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "lesson" | "case_study" | "solution";
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            };
                            /** @description Higher is more alike */
                            score: number;
                            reasons: {
                                /** @enum {string} */
                                kind: "title" | "words" | "themes" | "journey_stage";
                                /** @description e.g. "Titles are 72% alike" or "Shares: discharge, pharmacy, fax" */
                                detail: string;
                                /** @description The shared themes or distinctive words */
                                words?: string[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listSolutions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                status?: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                theme?: string;
                careSetting?: "primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance";
                journeyStage?: "vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread";
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                tag?: string;
                /** @description UUID (v7, time-ordered) */
                networkId?: string;
                /** @description ISO 8601 timestamp */
                updatedSince?: string;
                /** @description Full-text search, ranked: title above summary above the body */
                q?: string;
                maturity?: "idea" | "piloted" | "proven" | "scaled";
                /** @description UUID (v7, time-ordered) */
                derivedFromId?: string;
                /**
                 * @description Extra fields for each list row, comma-separated, from: problem, description, howToAdopt, artefacts. `summary` (or `problem`) brings the untrimmed text.
                 * @example problem,description
                 */
                fields?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            title: string;
                            /** @description Trimmed to 280 characters (ending in …) unless `fields` names it */
                            problem: string;
                            /** @enum {string} */
                            maturity: "idea" | "piloted" | "proven" | "scaled";
                            /** @description Theme slugs from /v1/taxonomy */
                            themes: string[];
                            careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                            tags: string[];
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            authorId: string | null;
                            derivedFromId: string | null;
                            adoptionCount: number;
                            adoptionsByMode: {
                                replicate: number;
                                customise: number;
                                enhance: number;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            submittedAt: string | null;
                            assigneeId: string | null;
                            publishedAt: string | null;
                            decisionNote: string | null;
                            duplicateOfId: string | null;
                            /** @description Markdown */
                            description?: string;
                            /** @description Markdown */
                            howToAdopt?: string;
                            /** @description Templates, agreements, toolkits */
                            artefacts?: {
                                title: string;
                                /** Format: uri */
                                url: string;
                                /** @enum {string} */
                                kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createSolution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    problem: string;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId: string;
                    /** @description Markdown */
                    description?: string;
                    /** @description Markdown */
                    howToAdopt?: string;
                    /** @enum {string} */
                    maturity?: "idea" | "piloted" | "proven" | "scaled";
                    /** @description Theme slugs from /v1/taxonomy */
                    themes?: string[];
                    careSettings?: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                    tags?: string[];
                    /** @description Templates, agreements, toolkits */
                    artefacts?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                    }[];
                    derivedFromId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    problem?: string;
                    /** @description Markdown */
                    description?: string;
                    /** @description Markdown */
                    howToAdopt?: string;
                    /** @enum {string} */
                    maturity?: "idea" | "piloted" | "proven" | "scaled";
                    /** @description Theme slugs from /v1/taxonomy */
                    themes?: string[];
                    careSettings?: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                    tags?: string[];
                    /** @description Templates, agreements, toolkits */
                    artefacts?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                        /** @enum {string} */
                        kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                    }[];
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId?: string;
                    derivedFromId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    submitSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    claimSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    releaseSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    requestSolutionChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    publishSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    rejectSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    markSolutionDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    duplicateOfId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    archiveSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    restoreSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        problem: string;
                        /** @description Markdown */
                        description: string;
                        /** @description Markdown */
                        howToAdopt: string;
                        /** @enum {string} */
                        maturity: "idea" | "piloted" | "proven" | "scaled";
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        /** @description Templates, agreements, toolkits */
                        artefacts: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        derivedFromId: string | null;
                        adoptionCount: number;
                        adoptionsByMode: {
                            replicate: number;
                            customise: number;
                            enhance: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listSolutionActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            action: "submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore";
                            /** @description For people: "Publish" */
                            label: string;
                            /** @enum {string} */
                            to: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /** @enum {string} */
                            note: "required" | "optional";
                            /** @description Whether the action names the original (`duplicateOfId`) */
                            needsDuplicateOf: boolean;
                        }[];
                        /** @description The item version these actions were decided for */
                        version: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getSolutionHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            action: "submit" | "claim" | "release" | "request-changes" | "publish" | "reject" | "mark-duplicate" | "archive" | "restore";
                            /** @enum {string} */
                            fromStatus: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /** @enum {string} */
                            toStatus: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            actorId: string | null;
                            actorName: string | null;
                            note: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listSolutionComments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            version: number;
                            /** @description Markdown, stored as written */
                            body: string;
                            internal: boolean;
                            authorId: string | null;
                            authorName: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createSolutionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @description A note for curators and admins only
                     * @default false
                     */
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getSolutionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteSolutionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateSolutionComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        version: number;
                        /** @description Markdown, stored as written */
                        body: string;
                        internal: boolean;
                        authorId: string | null;
                        authorName: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    similarSolution: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "lesson" | "case_study" | "solution";
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            };
                            /** @description Higher is more alike */
                            score: number;
                            reasons: {
                                /** @enum {string} */
                                kind: "title" | "words" | "themes" | "journey_stage";
                                /** @description e.g. "Titles are 72% alike" or "Shares: discharge, pharmacy, fax" */
                                detail: string;
                                /** @description The shared themes or distinctive words */
                                words?: string[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listTriageQueue: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                type?: "lesson" | "case_study" | "solution";
                status?: "submitted" | "in_review";
                theme?: string;
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                /** @description `me`, `none` (unclaimed) or a user id */
                assignee?: "me" | "none" | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "submitted" | "in_review";
                            sites: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                            }[];
                            submitter: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            submittedAt: string;
                            /** @description Whole days since it was submitted */
                            ageDays: number;
                            assignee: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    countTriageQueue: {
        parameters: {
            query?: {
                type?: "lesson" | "case_study" | "solution";
                status?: "submitted" | "in_review";
                theme?: string;
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                /** @description `me`, `none` (unclaimed) or a user id */
                assignee?: "me" | "none" | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Items matching every filter given */
                        total: number;
                        type: {
                            lesson: number;
                            case_study: number;
                            solution: number;
                        };
                        status: {
                            submitted: number;
                            in_review: number;
                        };
                        /** @description Held by you; held by nobody */
                        assignee: {
                            me: number;
                            none: number;
                        };
                        /** @description Regions with something waiting, most first */
                        region: {
                            /** @enum {string} */
                            region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                            count: number;
                        }[];
                        /** @description Themes with something waiting, most first */
                        theme: {
                            theme: string;
                            count: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    claimNextInTriage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type?: "lesson" | "case_study" | "solution";
                    theme?: string;
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId?: string;
                    /** @enum {string} */
                    region?: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @enum {string} */
                        type: "lesson" | "case_study" | "solution";
                        title: string;
                        /** @enum {string} */
                        status: "submitted" | "in_review";
                        sites: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            region: "north_east_and_yorkshire" | "north_west" | "midlands" | "east_of_england" | "london" | "south_east" | "south_west";
                        }[];
                        submitter: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            name: string;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        submittedAt: string;
                        /** @description Whole days since it was submitted */
                        ageDays: number;
                        assignee: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description Nothing is waiting to be claimed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getSolutionLineage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What it was derived from, nearest first */
                        ancestors: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            derivedFromId: string | null;
                            /** @description Steps from the solution asked about */
                            depth: number;
                        }[];
                        /** @description What was derived from it, nearest first */
                        descendants: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            derivedFromId: string | null;
                            /** @description Steps from the solution asked about */
                            depth: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listSolutionAdoptions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                mode?: "replicate" | "customise" | "enhance";
                status?: "planned" | "in_progress" | "live" | "stopped";
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            solutionId: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            /** @enum {string} */
                            mode: "replicate" | "customise" | "enhance";
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "live" | "stopped";
                            /** @description Markdown */
                            notes: string;
                            startedAt: string | null;
                            producedSolutionId: string | null;
                            recordedById: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createSolutionAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID (v7, time-ordered)
                     */
                    siteId: string;
                    /** @enum {string} */
                    mode: "replicate" | "customise" | "enhance";
                    /** @enum {string} */
                    status?: "planned" | "in_progress" | "live" | "stopped";
                    /** @description Markdown */
                    notes?: string;
                    startedAt?: string | null;
                    producedSolutionId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        solutionId: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        /** @enum {string} */
                        mode: "replicate" | "customise" | "enhance";
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "live" | "stopped";
                        /** @description Markdown */
                        notes: string;
                        startedAt: string | null;
                        producedSolutionId: string | null;
                        recordedById: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getSolutionAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                adoptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        solutionId: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        /** @enum {string} */
                        mode: "replicate" | "customise" | "enhance";
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "live" | "stopped";
                        /** @description Markdown */
                        notes: string;
                        startedAt: string | null;
                        producedSolutionId: string | null;
                        recordedById: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteSolutionAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                adoptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateSolutionAdoption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                adoptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode?: "replicate" | "customise" | "enhance";
                    /** @enum {string} */
                    status?: "planned" | "in_progress" | "live" | "stopped";
                    /** @description Markdown */
                    notes?: string;
                    startedAt?: string | null;
                    producedSolutionId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        solutionId: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        /** @enum {string} */
                        mode: "replicate" | "customise" | "enhance";
                        /** @enum {string} */
                        status: "planned" | "in_progress" | "live" | "stopped";
                        /** @description Markdown */
                        notes: string;
                        startedAt: string | null;
                        producedSolutionId: string | null;
                        recordedById: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listNetworks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                status?: "forming" | "active" | "closed";
                /** @description UUID (v7, time-ordered) */
                siteId?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            name: string;
                            slug: string;
                            purpose: string;
                            /** @description Markdown */
                            description: string;
                            /** @enum {string} */
                            status: "forming" | "active" | "closed";
                            /**
                             * @description Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part
                             * @enum {string}
                             */
                            access: "open" | "members";
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                siteId: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                            }[];
                            coordinatorIds: string[];
                            /** @description Content the network produced or curates */
                            contentIds: string[];
                            /** @description The linked content you may see */
                            content: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "lesson" | "case_study" | "solution";
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    purpose: string;
                    slug?: string;
                    /** @description Markdown */
                    description?: string;
                    /** @enum {string} */
                    status?: "forming" | "active" | "closed";
                    /**
                     * @description Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part
                     * @enum {string}
                     */
                    access?: "open" | "members";
                    members?: {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        /** @enum {string} */
                        role: "lead" | "member";
                    }[];
                    coordinatorIds?: string[];
                    /** @description Content the network produced or curates */
                    contentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        purpose: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        status: "forming" | "active" | "closed";
                        /**
                         * @description Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part
                         * @enum {string}
                         */
                        access: "open" | "members";
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            /** @enum {string} */
                            role: "lead" | "member";
                        }[];
                        coordinatorIds: string[];
                        /** @description Content the network produced or curates */
                        contentIds: string[];
                        /** @description The linked content you may see */
                        content: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        purpose: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        status: "forming" | "active" | "closed";
                        /**
                         * @description Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part
                         * @enum {string}
                         */
                        access: "open" | "members";
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            /** @enum {string} */
                            role: "lead" | "member";
                        }[];
                        coordinatorIds: string[];
                        /** @description Content the network produced or curates */
                        contentIds: string[];
                        /** @description The linked content you may see */
                        content: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    purpose?: string;
                    /** @description Markdown */
                    description?: string;
                    /** @enum {string} */
                    status?: "forming" | "active" | "closed";
                    /**
                     * @description Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part
                     * @enum {string}
                     */
                    access?: "open" | "members";
                    members?: {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        /** @enum {string} */
                        role: "lead" | "member";
                    }[];
                    coordinatorIds?: string[];
                    /** @description Content the network produced or curates */
                    contentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        name: string;
                        slug: string;
                        purpose: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        status: "forming" | "active" | "closed";
                        /**
                         * @description Who reads the library, discussions and news: `open` any signed-in person, `members` only those who take part
                         * @enum {string}
                         */
                        access: "open" | "members";
                        members: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            siteId: string;
                            /** @enum {string} */
                            role: "lead" | "member";
                        }[];
                        coordinatorIds: string[];
                        /** @description Content the network produced or curates */
                        contentIds: string[];
                        /** @description The linked content you may see */
                        content: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listNetworkEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Events that end at or after this time */
                from?: string;
                /** @description Events that start at or before this time */
                to?: string;
                kind?: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            networkId: string;
                            title: string;
                            /** @enum {string} */
                            kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            startsAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            endsAt: string;
                            location: string | null;
                            onlineUrl: string | null;
                            /** @description Markdown */
                            description: string;
                            /** @description Lessons, case studies or solutions it produced */
                            outputIds: string[];
                            /** @description The outputs you may see */
                            outputs: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "lesson" | "case_study" | "solution";
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createNetworkEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @enum {string} */
                    kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp
                     */
                    startsAt: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp
                     */
                    endsAt: string;
                    location?: string | null;
                    onlineUrl?: string | null;
                    /** @description Markdown */
                    description?: string;
                    /** @description Lessons, case studies or solutions it produced */
                    outputIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @enum {string} */
                        kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        endsAt: string;
                        location: string | null;
                        onlineUrl: string | null;
                        /** @description Markdown */
                        description: string;
                        /** @description Lessons, case studies or solutions it produced */
                        outputIds: string[];
                        /** @description The outputs you may see */
                        outputs: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getNetworkCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An RFC 5545 calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Events that end at or after this time */
                from?: string;
                /** @description Events that start at or before this time */
                to?: string;
                kind?: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                /** @description UUID (v7, time-ordered) */
                networkId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            networkId: string;
                            title: string;
                            /** @enum {string} */
                            kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            startsAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            endsAt: string;
                            location: string | null;
                            onlineUrl: string | null;
                            /** @description Markdown */
                            description: string;
                            /** @description Lessons, case studies or solutions it produced */
                            outputIds: string[];
                            /** @description The outputs you may see */
                            outputs: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @enum {string} */
                                type: "lesson" | "case_study" | "solution";
                                title: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @enum {string} */
                        kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        endsAt: string;
                        location: string | null;
                        onlineUrl: string | null;
                        /** @description Markdown */
                        description: string;
                        /** @description Lessons, case studies or solutions it produced */
                        outputIds: string[];
                        /** @description The outputs you may see */
                        outputs: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @enum {string} */
                    kind?: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp
                     */
                    startsAt?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp
                     */
                    endsAt?: string;
                    location?: string | null;
                    onlineUrl?: string | null;
                    /** @description Markdown */
                    description?: string;
                    /** @description Lessons, case studies or solutions it produced */
                    outputIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @enum {string} */
                        kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        startsAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        endsAt: string;
                        location: string | null;
                        onlineUrl: string | null;
                        /** @description Markdown */
                        description: string;
                        /** @description Lessons, case studies or solutions it produced */
                        outputIds: string[];
                        /** @description The outputs you may see */
                        outputs: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listNetworkResources: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                kind?: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                journeyStage?: "vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread";
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            networkId: string;
                            title: string;
                            /** @description Markdown */
                            description: string;
                            /** @enum {string} */
                            kind: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                            journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                            /** @description Place in the library, first is 0; change it with PUT …/resources/order */
                            position: number;
                            url: string | null;
                            fileId: string | null;
                            file: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @description The uploaded name, cleaned for display (never a path) */
                                name: string;
                                /** @description Detected from the bytes, e.g. application/pdf */
                                mediaType: string;
                                /** @description Bytes */
                                size: number;
                            } | null;
                            addedBy: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createNetworkResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        /** @description Exactly one of `url` and `fileId`. */
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @enum {string} */
                    kind: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                    /** @description Markdown */
                    description?: string;
                    journeyStage?: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                    url?: string | null;
                    fileId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        kind: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description Place in the library, first is 0; change it with PUT …/resources/order */
                        position: number;
                        url: string | null;
                        fileId: string | null;
                        file: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        } | null;
                        addedBy: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    reorderNetworkResources: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every resource of the network, each exactly once, first to last */
                    resourceIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        kind: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description Place in the library, first is 0; change it with PUT …/resources/order */
                        position: number;
                        url: string | null;
                        fileId: string | null;
                        file: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        } | null;
                        addedBy: string | null;
                    }[];
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listNetworkThreads: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description Full-text search of titles and posts */
                q?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            networkId: string;
                            title: string;
                            authorId: string | null;
                            authorName: string | null;
                            /** @description Listed before the others; set by moderators */
                            pinned: boolean;
                            /** @description Takes no new posts; set by moderators */
                            locked: boolean;
                            /** @description Posts including the first, removed ones included */
                            postCount: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            lastPostAt: string;
                            /** @description Draft lessons captured from this thread that you may see */
                            capturedLessonIds: string[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createNetworkThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        /** @description A thread starts with its first post. */
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Markdown */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        authorId: string | null;
                        authorName: string | null;
                        /** @description Listed before the others; set by moderators */
                        pinned: boolean;
                        /** @description Takes no new posts; set by moderators */
                        locked: boolean;
                        /** @description Posts including the first, removed ones included */
                        postCount: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        lastPostAt: string;
                        /** @description Draft lessons captured from this thread that you may see */
                        capturedLessonIds: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listNetworkUpdates: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                kind?: "announcement" | "evaluation_report";
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            networkId: string;
                            title: string;
                            /** @description Markdown */
                            body: string;
                            /** @enum {string} */
                            kind: "announcement" | "evaluation_report";
                            /**
                             * Format: date-time
                             * @description When readers see it; a later time schedules it (moderators see it before)
                             */
                            publishedAt: string;
                            authorId: string | null;
                            authorName: string | null;
                            fileIds: string[];
                            files: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @description The uploaded name, cleaned for display (never a path) */
                                name: string;
                                /** @description Detected from the bytes, e.g. application/pdf */
                                mediaType: string;
                                /** @description Bytes */
                                size: number;
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createNetworkUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Markdown */
                    body: string;
                    /** @enum {string} */
                    kind: "announcement" | "evaluation_report";
                    /**
                     * Format: date-time
                     * @description When readers see it; a later time schedules it (moderators see it before)
                     */
                    publishedAt?: string;
                    fileIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        body: string;
                        /** @enum {string} */
                        kind: "announcement" | "evaluation_report";
                        /**
                         * Format: date-time
                         * @description When readers see it; a later time schedules it (moderators see it before)
                         */
                        publishedAt: string;
                        authorId: string | null;
                        authorName: string | null;
                        fileIds: string[];
                        files: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getNetworkNewsFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listNetworkActivity: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description e.g. resource.created, thread.created, post.created, post.removed, news.published */
                            action: string;
                            actorId: string | null;
                            actorName: string | null;
                            subjectType: string;
                            subjectId: string;
                            title: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        kind: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description Place in the library, first is 0; change it with PUT …/resources/order */
                        position: number;
                        url: string | null;
                        fileId: string | null;
                        file: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        } | null;
                        addedBy: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateResource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description Markdown */
                    description?: string;
                    /** @enum {string} */
                    kind?: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                    journeyStage?: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                    url?: string | null;
                    fileId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        description: string;
                        /** @enum {string} */
                        kind: "agenda" | "template" | "toolkit" | "evaluation" | "report" | "presentation" | "other";
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /** @description Place in the library, first is 0; change it with PUT …/resources/order */
                        position: number;
                        url: string | null;
                        fileId: string | null;
                        file: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        } | null;
                        addedBy: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        authorId: string | null;
                        authorName: string | null;
                        /** @description Listed before the others; set by moderators */
                        pinned: boolean;
                        /** @description Takes no new posts; set by moderators */
                        locked: boolean;
                        /** @description Posts including the first, removed ones included */
                        postCount: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        lastPostAt: string;
                        /** @description Draft lessons captured from this thread that you may see */
                        capturedLessonIds: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description Listed before the others; set by moderators */
                    pinned?: boolean;
                    /** @description Takes no new posts; set by moderators */
                    locked?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        authorId: string | null;
                        authorName: string | null;
                        /** @description Listed before the others; set by moderators */
                        pinned: boolean;
                        /** @description Takes no new posts; set by moderators */
                        locked: boolean;
                        /** @description Posts including the first, removed ones included */
                        postCount: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        lastPostAt: string;
                        /** @description Draft lessons captured from this thread that you may see */
                        capturedLessonIds: string[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listThreadPosts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            threadId: string;
                            authorId: string | null;
                            authorName: string | null;
                            /** @description Markdown; "This post was removed" once removed */
                            body: string;
                            editedAt: string | null;
                            removed: boolean;
                            editableUntil: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createThreadPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        threadId: string;
                        authorId: string | null;
                        authorName: string | null;
                        /** @description Markdown; "This post was removed" once removed */
                        body: string;
                        editedAt: string | null;
                        removed: boolean;
                        editableUntil: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    captureThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The member site the draft lesson is for
                     */
                    siteId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        title: string;
                        summary: string;
                        /** @description Markdown */
                        context: string;
                        /** @description Markdown */
                        wentWell: string;
                        /** @description Markdown */
                        didNotGoWell: string;
                        /** @description Markdown */
                        doDifferently: string;
                        /** @description Theme slugs from /v1/taxonomy */
                        themes: string[];
                        careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                        tags: string[];
                        links: {
                            title: string;
                            /** Format: uri */
                            url: string;
                            /** @enum {string} */
                            kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                        }[];
                        journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        siteId: string;
                        authorId: string | null;
                        relatedSolutionIds: string[];
                        relatedCaseStudyIds: string[];
                        /** @enum {string} */
                        status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                        submittedAt: string | null;
                        assigneeId: string | null;
                        publishedAt: string | null;
                        decisionNote: string | null;
                        duplicateOfId: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        threadId: string;
                        authorId: string | null;
                        authorName: string | null;
                        /** @description Markdown; "This post was removed" once removed */
                        body: string;
                        editedAt: string | null;
                        removed: boolean;
                        editableUntil: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deletePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updatePost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        threadId: string;
                        authorId: string | null;
                        authorName: string | null;
                        /** @description Markdown; "This post was removed" once removed */
                        body: string;
                        editedAt: string | null;
                        removed: boolean;
                        editableUntil: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        body: string;
                        /** @enum {string} */
                        kind: "announcement" | "evaluation_report";
                        /**
                         * Format: date-time
                         * @description When readers see it; a later time schedules it (moderators see it before)
                         */
                        publishedAt: string;
                        authorId: string | null;
                        authorName: string | null;
                        fileIds: string[];
                        files: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description Markdown */
                    body?: string;
                    /** @enum {string} */
                    kind?: "announcement" | "evaluation_report";
                    /**
                     * Format: date-time
                     * @description When readers see it; a later time schedules it (moderators see it before)
                     */
                    publishedAt?: string;
                    fileIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        networkId: string;
                        title: string;
                        /** @description Markdown */
                        body: string;
                        /** @enum {string} */
                        kind: "announcement" | "evaluation_report";
                        /**
                         * Format: date-time
                         * @description When readers see it; a later time schedules it (moderators see it before)
                         */
                        publishedAt: string;
                        authorId: string | null;
                        authorName: string | null;
                        fileIds: string[];
                        files: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description The uploaded name, cleaned for display (never a path) */
                            name: string;
                            /** @description Detected from the bytes, e.g. application/pdf */
                            mediaType: string;
                            /** @description Bytes */
                            size: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getTaxonomy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        themes: {
                            slug: string;
                            name: string;
                            description: string;
                        }[];
                        careSettings: {
                            slug: string;
                            name: string;
                        }[];
                        journeyStages: {
                            slug: string;
                            name: string;
                            position: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listThemes: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description true: only retired themes; default: only live ones */
                retired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            slug: string;
                            name: string;
                            description: string;
                            retiredAt: string | null;
                            /** @description Where the theme sits in the taxonomy: lower comes first */
                            position: number;
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createTheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slug?: string;
                    name: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        name: string;
                        description: string;
                        retiredAt: string | null;
                        /** @description Where the theme sits in the taxonomy: lower comes first */
                        position: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    putOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every live theme, each exactly once, in the order the taxonomy should list them */
                    slugs: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        name: string;
                        description: string;
                        retiredAt: string | null;
                        /** @description Where the theme sits in the taxonomy: lower comes first */
                        position: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    }[];
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        name: string;
                        description: string;
                        retiredAt: string | null;
                        /** @description Where the theme sits in the taxonomy: lower comes first */
                        position: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        name: string;
                        description: string;
                        retiredAt: string | null;
                        /** @description Where the theme sits in the taxonomy: lower comes first */
                        position: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    retireTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        name: string;
                        description: string;
                        retiredAt: string | null;
                        /** @description Where the theme sits in the taxonomy: lower comes first */
                        position: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    restoreTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slug: string;
                        name: string;
                        description: string;
                        retiredAt: string | null;
                        /** @description Where the theme sits in the taxonomy: lower comes first */
                        position: number;
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    search: {
        parameters: {
            query: {
                /** @description Words to find, in web-search syntax: "quoted phrases", `or`, and `-excluded` words */
                q: string;
                /** @description Comma-separated kinds to search (lesson, case_study, solution, network); all of them when absent */
                types?: string;
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution" | "network";
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            title: string;
                            /** @description HTML: the best-matching passage, escaped, with the matched words in <mark>…</mark> */
                            snippet: string;
                            /** @description Relevance; higher is better. Comparable within one search only */
                            rank: number;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getAtomFeed: {
        parameters: {
            query?: {
                type?: "lesson" | "case_study" | "solution";
                theme?: string;
                journeyStage?: "vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description nextCursor from the previous page; leave it out to start with a snapshot of everything published */
                cursor?: string;
                /** @description Comma-separated content types (lesson, case_study, solution); keep the same value for every page of one cursor */
                types?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: ({
                            /** @enum {string} */
                            type: "lesson";
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /**
                             * @description upsert: store item; delete: the item left the published set
                             * @enum {string}
                             */
                            change: "upsert" | "delete";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            changedAt: string;
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @description Incremented on every write */
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                updatedAt: string;
                                title: string;
                                summary: string;
                                /** @description Markdown */
                                context: string;
                                /** @description Markdown */
                                wentWell: string;
                                /** @description Markdown */
                                didNotGoWell: string;
                                /** @description Markdown */
                                doDifferently: string;
                                /** @description Theme slugs from /v1/taxonomy */
                                themes: string[];
                                careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                                tags: string[];
                                links: {
                                    title: string;
                                    /** Format: uri */
                                    url: string;
                                    /** @enum {string} */
                                    kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                                }[];
                                journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                siteId: string;
                                authorId: string | null;
                                relatedSolutionIds: string[];
                                relatedCaseStudyIds: string[];
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                                submittedAt: string | null;
                                assigneeId: string | null;
                                publishedAt: string | null;
                                decisionNote: string | null;
                                duplicateOfId: string | null;
                            } | null;
                        } | {
                            /** @enum {string} */
                            type: "case_study";
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /**
                             * @description upsert: store item; delete: the item left the published set
                             * @enum {string}
                             */
                            change: "upsert" | "delete";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            changedAt: string;
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @description Incremented on every write */
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                updatedAt: string;
                                title: string;
                                summary: string;
                                /** @description Markdown */
                                body: string;
                                /** @description Markdown */
                                outcomes: string;
                                /** @description Theme slugs from /v1/taxonomy */
                                themes: string[];
                                careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                                tags: string[];
                                links: {
                                    title: string;
                                    /** Format: uri */
                                    url: string;
                                    /** @enum {string} */
                                    kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                                }[];
                                journeyStage: ("vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread") | null;
                                /** @description One or more sites */
                                siteIds: string[];
                                authorId: string | null;
                                relatedLessonIds: string[];
                                relatedSolutionIds: string[];
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                                submittedAt: string | null;
                                assigneeId: string | null;
                                publishedAt: string | null;
                                decisionNote: string | null;
                                duplicateOfId: string | null;
                            } | null;
                        } | {
                            /** @enum {string} */
                            type: "solution";
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /**
                             * @description upsert: store item; delete: the item left the published set
                             * @enum {string}
                             */
                            change: "upsert" | "delete";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            changedAt: string;
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                /** @description Incremented on every write */
                                version: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                updatedAt: string;
                                title: string;
                                problem: string;
                                /** @description Markdown */
                                description: string;
                                /** @description Markdown */
                                howToAdopt: string;
                                /** @enum {string} */
                                maturity: "idea" | "piloted" | "proven" | "scaled";
                                /** @description Theme slugs from /v1/taxonomy */
                                themes: string[];
                                careSettings: ("primary" | "acute" | "community" | "mental_health" | "social_care" | "voluntary_sector" | "ambulance")[];
                                tags: string[];
                                /** @description Templates, agreements, toolkits */
                                artefacts: {
                                    title: string;
                                    /** Format: uri */
                                    url: string;
                                    /** @enum {string} */
                                    kind: "website" | "document" | "template" | "toolkit" | "agreement" | "video" | "presentation" | "dataset" | "other";
                                }[];
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                siteId: string;
                                authorId: string | null;
                                derivedFromId: string | null;
                                adoptionCount: number;
                                adoptionsByMode: {
                                    replicate: number;
                                    customise: number;
                                    enhance: number;
                                };
                                /** @enum {string} */
                                status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                                submittedAt: string | null;
                                assigneeId: string | null;
                                publishedAt: string | null;
                                decisionNote: string | null;
                                duplicateOfId: string | null;
                            } | null;
                        })[];
                        /** @description Always present: pass it as `cursor` next time, even after an empty page */
                        nextCursor: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @description Incremented on every write */
                            version: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            updatedAt: string;
                            /**
                             * Format: uri
                             * @description http(s) URL that receives the POSTs
                             */
                            url: string;
                            events: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                            /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                            active: boolean;
                            description: string;
                            disabledReason: string | null;
                            disabledAt: string | null;
                            previousSecretExpiresAt: string | null;
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description http(s) URL that receives the POSTs
                     */
                    url: string;
                    events: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                    /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                    active?: boolean;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uri
                         * @description http(s) URL that receives the POSTs
                         */
                        url: string;
                        events: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                        /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                        active: boolean;
                        description: string;
                        disabledReason: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        /** @description Shown once; verify signatures with it */
                        secret: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uri
                         * @description http(s) URL that receives the POSTs
                         */
                        url: string;
                        events: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                        /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                        active: boolean;
                        description: string;
                        disabledReason: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uri
                     * @description http(s) URL that receives the POSTs
                     */
                    url?: string;
                    events?: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                    /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                    active?: boolean;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uri
                         * @description http(s) URL that receives the POSTs
                         */
                        url: string;
                        events: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                        /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                        active: boolean;
                        description: string;
                        disabledReason: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How long the old secret keeps signing too
                     * @default 86400
                     */
                    overlapSeconds?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description Incremented on every write */
                        version: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        updatedAt: string;
                        /**
                         * Format: uri
                         * @description http(s) URL that receives the POSTs
                         */
                        url: string;
                        events: ("lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping")[];
                        /** @description Inactive endpoints receive nothing; re-activating clears disabledReason */
                        active: boolean;
                        description: string;
                        disabledReason: string | null;
                        disabledAt: string | null;
                        previousSecretExpiresAt: string | null;
                        /** @description Shown once; verify signatures with it */
                        secret: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            webhookId: string;
                            /** @enum {string} */
                            eventType: "lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping";
                            payload: {
                                /** @enum {string} */
                                type: "lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                timestamp: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            };
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            nextAttemptAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            createdAt: string;
                            deliveredAt: string | null;
                            attempts: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                statusCode: number | null;
                                durationMs: number;
                                error: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601 timestamp
                                 */
                                attemptedAt: string;
                            }[];
                        }[];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
                /** @description UUID (v7, time-ordered) */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        webhookId: string;
                        /** @enum {string} */
                        eventType: "lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping";
                        payload: {
                            /** @enum {string} */
                            type: "lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            timestamp: string;
                            data: {
                                [key: string]: unknown;
                            };
                        };
                        /** @enum {string} */
                        status: "pending" | "delivered" | "failed";
                        nextAttemptAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        deliveredAt: string | null;
                        attempts: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            statusCode: number | null;
                            durationMs: number;
                            error: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            attemptedAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        webhookId: string;
                        /** @enum {string} */
                        eventType: "lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping";
                        payload: {
                            /** @enum {string} */
                            type: "lesson.published" | "lesson.updated" | "lesson.archived" | "lesson.restored" | "lesson.duplicate" | "case_study.published" | "case_study.updated" | "case_study.archived" | "case_study.restored" | "case_study.duplicate" | "solution.published" | "solution.updated" | "solution.archived" | "solution.restored" | "solution.duplicate" | "adoption.created" | "event.created" | "event.updated" | "ping";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            timestamp: string;
                            data: {
                                [key: string]: unknown;
                            };
                        };
                        /** @enum {string} */
                        status: "pending" | "delivered" | "failed";
                        nextAttemptAt: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        deliveredAt: string | null;
                        attempts: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            statusCode: number | null;
                            durationMs: number;
                            error: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            attemptedAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getDashboardPipeline: {
        parameters: {
            query?: {
                /** @description How many weeks of submissions, this one included */
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Submitted and not yet claimed */
                        waiting: number;
                        /** @description Claimed by a curator */
                        inReview: number;
                        /** @description In review and held by you */
                        mineInReview: number;
                        oldestWaitingDays: number | null;
                        /** @description Every submission (resubmissions included), oldest week first, one entry per week even when nothing came in */
                        submissionsPerWeek: {
                            /**
                             * Format: date
                             * @description The Monday the week starts on (UTC)
                             */
                            weekStart: string;
                            submissions: number;
                        }[];
                        /** @description The queue (submitted and in review) by days since submission, youngest first */
                        backlogByAge: {
                            minDays: number;
                            maxDays: number | null;
                            count: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getDashboardContent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Published items per theme (an item with two themes counts in both), most first */
                        publishedByTheme: {
                            theme: string;
                            name: string;
                            lesson: number;
                            case_study: number;
                            solution: number;
                            total: number;
                        }[];
                        /** @description Published items placed on the journey, in the journey’s order, every stage listed */
                        publishedByStage: {
                            /** @enum {string} */
                            stage: "vision" | "design_and_planning" | "pre_implementation" | "implementation" | "review_and_spread";
                            count: number;
                        }[];
                        /** @description The published solutions with the most adoptions (up to 5), by mode */
                        mostReused: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            title: string;
                            replicate: number;
                            customise: number;
                            enhance: number;
                            total: number;
                        }[];
                        /** @description The next events that have not ended (up to 5), soonest first */
                        upcomingEvents: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            title: string;
                            /** @enum {string} */
                            kind: "conference" | "workshop" | "learning_lunch" | "webinar" | "meeting";
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            startsAt: string;
                            network: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getDashboardMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The items of your sites per state, every state listed */
                        byState: {
                            /** @enum {string} */
                            status: "draft" | "submitted" | "in_review" | "changes_requested" | "published" | "rejected" | "duplicate" | "archived";
                            count: number;
                        }[];
                        /** @description Your sites’ latest published items (up to 5), newest first */
                        recentlyPublished: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            /** @enum {string} */
                            type: "lesson" | "case_study" | "solution";
                            title: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601 timestamp
                             */
                            publishedAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getDashboardHub: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            active: number;
                            disabled: number;
                            admin: number;
                            curator: number;
                            contributor: number;
                        };
                        sites: {
                            active: number;
                            archived: number;
                        };
                        /** @description Endpoints with failing deliveries, most failures first */
                        failingWebhooks: {
                            /**
                             * Format: uuid
                             * @description UUID (v7, time-ordered)
                             */
                            id: string;
                            url: string;
                            active: boolean;
                            /** @description Deliveries given up on in the last 7 days, or being retried now */
                            failing: number;
                            lastStatusCode: number | null;
                            lastAttemptAt: string | null;
                        }[];
                        keys: {
                            active: number;
                            /** @description Active keys never used */
                            neverUsed: number;
                            /** @description Active keys (up to 10), most recently used first, never-used last */
                            recentlyUsed: {
                                /**
                                 * Format: uuid
                                 * @description UUID (v7, time-ordered)
                                 */
                                id: string;
                                name: string;
                                prefix: string;
                                lastUsedAt: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description The uploaded name, cleaned for display (never a path) */
                        name: string;
                        /** @description Detected from the bytes, e.g. application/pdf */
                        mediaType: string;
                        /** @description Bytes */
                        size: number;
                        /** @description Hex sha256 of the content; also its ETag */
                        sha256: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        uploadedBy: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID (v7, time-ordered)
                         */
                        id: string;
                        /** @description The uploaded name, cleaned for display (never a path) */
                        name: string;
                        /** @description Detected from the bytes, e.g. application/pdf */
                        mediaType: string;
                        /** @description Bytes */
                        size: number;
                        /** @description Hex sha256 of the content; also its ETag */
                        sha256: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 timestamp
                         */
                        createdAt: string;
                        uploadedBy: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
    contentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID (v7, time-ordered) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The requested range of the file */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Problem details (RFC 9457) */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        instance?: string;
                        errors?: {
                            in: "body" | "query" | "params" | "headers";
                            /** @description JSON pointer to the invalid field, e.g. /title */
                            pointer: string;
                            detail: string;
                        }[];
                    };
                };
            };
        };
    };
}
