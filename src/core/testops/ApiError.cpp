#include "ApiError.h"

using namespace Qt::StringLiterals;

bool ApiError::isTransient() const {
    switch (kind) {
    case Kind::Dns:
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::WebPage:
    case Kind::BadAnswer:
    case Kind::ExportFailed:
    case Kind::ExportTimedOut:
    case Kind::LocalFile: // a full disk may be cleaned up before the retry
    case Kind::AnswerLost:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Dns:
        return u"dns"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::AuthFailed:
        return u"auth-failed"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::HttpError:
        return u"http-error"_s;
    case Kind::WebPage:
        return u"web-page"_s;
    case Kind::BadAnswer:
        return u"bad-answer"_s;
    case Kind::ExportFailed:
        return u"export-failed"_s;
    case Kind::ExportTimedOut:
        return u"export-timed-out"_s;
    case Kind::NoTestCases:
        return u"no-test-cases"_s;
    case Kind::LocalFile:
        return u"local-file"_s;
    case Kind::Aborted:
        return u"aborted"_s;
    case Kind::AnswerLost:
        return u"answer-lost"_s;
    }
    return u"unknown"_s;
}
