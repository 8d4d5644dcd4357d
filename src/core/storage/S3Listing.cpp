// S3Client::listAll: a whole listing, page after page, each page asked for again when it fails for a moment.
#include "S3Client.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxListPages = 1000; // a million keys: a guard against a server that always says "truncated"
constexpr int pageAttempts = 3;
constexpr int firstRetryMs = 100;

struct Listing {
    S3Client *client = nullptr;
    QString prefix;
    QPointer<QObject> context;
    S3Client::Listed done;
    QList<S3Client::Object> objects;
    int pages = 0;
};

void listPage(const std::shared_ptr<Listing> &listing, const QString &token, int attempt) {
    S3Call *call = listing->client->list(listing->prefix, token);
    QObject::connect(call, &S3Call::finished, listing->context, [listing, call, token, attempt] {
        call->deleteLater();
        const bool transient = call->httpStatus() == 0 || call->httpStatus() >= 500;
        if (!call->ok() && transient && attempt < pageAttempts) {
            QTimer::singleShot(firstRetryMs << (attempt - 1), listing->context,
                               [listing, token, attempt] { listPage(listing, token, attempt + 1); });
            return;
        }
        if (!call->ok()) {
            listing->done({}, call->error());
            return;
        }
        QString next;
        listing->objects += S3Client::parseList(call->body(), &next);
        if (!next.isEmpty() && ++listing->pages < maxListPages) {
            listPage(listing, next, 1);
            return;
        }
        listing->done(listing->objects, QString());
    });
}
} // namespace

void S3Client::listAll(const QString &prefix, QObject *context, Listed done) {
    auto listing = std::make_shared<Listing>();
    listing->client = this;
    listing->prefix = prefix;
    listing->context = context;
    listing->done = std::move(done);
    listPage(listing, QString(), 1);
}
