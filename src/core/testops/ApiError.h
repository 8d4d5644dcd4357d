// What went wrong in a call to TestOps, in words a user can act on.
#pragma once

#include <QString>

struct ApiError {
    enum class Kind {
        None,
        Dns,            // host name not found
        Unreachable,    // refused, reset, no route
        Tls,            // certificate or handshake
        Timeout,        // connect or inactivity limit
        AuthFailed,     // token exchange refused
        Unauthorized,   // 401 after a fresh token
        Forbidden,      // 403
        NotFound,       // 404
        RateLimited,    // 429
        ServerError,    // 5xx
        HttpError,      // other 4xx
        WebPage,        // HTML instead of JSON or CSV
        BadAnswer,      // unreadable answer
        ExportFailed,   // the export job ended "failed"
        ExportTimedOut, // the export job did not become ready in time
        NoTestCases,    // the export has no rows: a stale group id, most likely
        LocalFile,      // export folder not writable, disk full
        Aborted,        // stopped by the user or shutdown
        AnswerLost,     // a write went out and its answer did not come: done or not, only a read can tell
    };

    ApiError() = default;
    ApiError(Kind kind_, QString message_, int httpStatus_ = 0, int retryAfterSeconds_ = -1)
        : kind(kind_)
        , message(std::move(message_))
        , httpStatus(httpStatus_)
        , retryAfterSeconds(retryAfterSeconds_) {}

    Kind kind = Kind::None;
    QString message;
    int httpStatus = 0;
    int retryAfterSeconds = -1; // from Retry-After on 429/503
    QString serverMessage;      // the server's own words (message, error…) when it sent any

    bool isError() const { return kind != Kind::None; }
    // Whether trying again later can help (not for a wrong token, id or a full disk).
    bool isTransient() const;
    static QString kindName(Kind kind);
};
