// The session's second half: what it read becomes objects of the store (attachment bytes streamed in, each
// case's document), then the case list and the manifest that lists the snapshot.
#include "SnapshotSession.h"

#include "SnapshotStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMetaObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int undatedNamed = 10; // the cases changed without a new date a manifest names

ApiError storeError(const QString &why) {
    return {ApiError::Kind::LocalFile, SnapshotSession::tr("the snapshot store cannot take it: %1").arg(why)};
}
} // namespace

void SnapshotSession::fetchAttachments(const std::shared_ptr<Work> &work, const QJsonArray &rows,
                                       bool ofSharedStep) {
    SnapshotCase &entry = work->entry;
    const SnapshotCase *before = previous(work->id, ofSharedStep);
    const QString owner = ofSharedStep ? tr("shared step %1 (%2)").arg(work->id).arg(entry.name)
                                       : tr("test case %1 (%2)").arg(work->id).arg(entry.name);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        SnapshotAttachment a{row.value(u"id"_s).toInteger(),
                             row.value(u"name"_s).toString(),
                             row.value(u"contentType"_s).toString(),
                             row.value(u"contentLength"_s).toInteger(),
                             {},
                             row.value(u"missed"_s).toBool()};
        const qsizetype index = entry.attachments.size();
        entry.attachments.append(a);
        if (a.missed) {
            note(tr("%1: attachment %2 (%3) has no bytes in TestOps (marked missed)")
                     .arg(owner)
                     .arg(a.id)
                     .arg(a.name));
            continue;
        }
        if (!m_options.attachments || a.id <= 0)
            continue;
        if (before && !m_manifest.full) {
            const auto same =
                std::find_if(before->attachments.cbegin(), before->attachments.cend(),
                             [&a](const SnapshotAttachment &b) { return b.id == a.id && b.size == a.size; });
            if (same != before->attachments.cend() && !same->object.isEmpty() && m_store->has(same->object)) {
                entry.attachments[index].object = same->object; // the same attachment, kept already
                continue;
            }
        }
        ++work->downloads;
        auto writer = std::make_shared<std::unique_ptr<SnapshotStore::Writer>>();
        const bool html = a.contentType.startsWith(u"text/html"_s, Qt::CaseInsensitive) ||
                          a.name.endsWith(u".html"_s, Qt::CaseInsensitive) ||
                          a.name.endsWith(u".htm"_s, Qt::CaseInsensitive) ||
                          a.name.endsWith(u".xhtml"_s, Qt::CaseInsensitive);
        call(
            [this, writer, a, ofSharedStep, html]() -> ApiCall * {
                QString error;
                *writer = m_store->newObject(&error); // a fresh one for each attempt
                if (!*writer) {
                    fail(storeError(error));
                    return nullptr;
                }
                if (a.size > 0) // an endless answer does not fill the disk
                    (*writer)->setLimit(qMax(a.size * 2, a.size + 16 * 1024 * 1024));
                return m_api->attachmentContent(a.id, ofSharedStep, writer->get(), html);
            },
            [this, work, writer, index, owner](ApiCall *answer) {
                SnapshotAttachment &kept = work->entry.attachments[index];
                if (answer->error().kind == ApiError::Kind::NotFound) {
                    note(tr("%1: attachment %2 (%3) is listed, its bytes are not found (404)")
                             .arg(owner)
                             .arg(kept.id)
                             .arg(kept.name));
                } else if (answer->error().kind == ApiError::Kind::WebPage ||
                           answer->error().kind == ApiError::Kind::BadAnswer) {
                    // A web page, an empty 204 or a part where the bytes were expected, after the retries:
                    // kept out and said; the next snapshot asks again (no object: not taken over).
                    note(tr("%1: attachment %2 (%3) is not kept: %4")
                             .arg(owner)
                             .arg(kept.id)
                             .arg(kept.name, answer->error().message));
                } else if (answer->error().isError()) {
                    return fail(answer->error());
                } else {
                    QString error;
                    kept.object = (*writer)->commit(&error);
                    if (kept.object.isEmpty())
                        return fail(storeError(error));
                    m_manifest.bytesNew += (*writer)->stored();
                    if (kept.size > 0 && (*writer)->taken() != kept.size)
                        note(tr("%1: attachment %2 (%3) is listed with %4 bytes and has %5")
                                 .arg(owner)
                                 .arg(kept.id)
                                 .arg(kept.name)
                                 .arg(kept.size)
                                 .arg((*writer)->taken()));
                    kept.size = (*writer)->taken();
                }
                writer->reset();
                if (--work->downloads == 0)
                    caseDone(work);
            });
    }
    if (work->downloads == 0)
        caseDone(work);
}

void SnapshotSession::caseDone(const std::shared_ptr<Work> &work) {
    SnapshotCase &entry = work->entry;
    const QByteArray document = QJsonDocument(work->parts).toJson(QJsonDocument::Compact);
    QString error;
    qint64 stored = 0;
    entry.document = m_store->put(document, &error, &stored);
    if (entry.document.isEmpty())
        return fail(storeError(error));
    entry.documentSize = document.size();
    m_manifest.bytesNew += stored;
    --m_working;
    if (work->sharedStep) {
        m_index.sharedSteps.append(entry);
        return;
    }
    const SnapshotCase *before = previous(entry.id, false);
    if (m_manifest.changedWithoutDate >= 0 && before && before->lastModified == entry.lastModified &&
        !entry.sameContent(*before)) {
        if (++m_manifest.changedWithoutDate <= undatedNamed)
            note(
                tr("test case %1 (%2) changed without a new lastModifiedDate").arg(entry.id).arg(entry.name));
    }
    m_index.cases.append(entry);
    ++m_manifest.fetched;
    emit progress(++m_done, m_listed.size());
}

void SnapshotSession::finishUp() {
    if (m_ended)
        return;
    m_ended = true;
    const auto byId = [](const SnapshotCase &a, const SnapshotCase &b) { return a.id < b.id; };
    std::sort(m_index.cases.begin(), m_index.cases.end(), byId);
    std::sort(m_index.sharedSteps.begin(), m_index.sharedSteps.end(), byId);
    m_manifest.cases = m_index.cases.size();
    m_manifest.attachments = 0;
    m_manifest.bytes = 0;
    for (const QList<SnapshotCase> *list : {&m_index.cases, &m_index.sharedSteps}) {
        for (const SnapshotCase &c : *list) {
            m_manifest.bytes += c.documentSize;
            for (const SnapshotAttachment &a : c.attachments) {
                m_manifest.attachments += 1;
                if (!a.object.isEmpty())
                    m_manifest.bytes += a.size;
            }
        }
    }
    if (m_manifest.expected >= 0 && m_manifest.expected != m_manifest.cases) // first: never cut off
        m_manifest.notes.prepend(tr("TestOps counts %1 test cases in the group; the snapshot holds %2")
                                     .arg(m_manifest.expected)
                                     .arg(m_manifest.cases));
    QString error;
    qint64 stored = 0;
    const QByteArray list = m_index.toJson();
    m_manifest.index = m_store->put(list, &error, &stored);
    m_manifest.bytesNew += stored;
    if (m_manifest.index.isEmpty() || !m_store->writeManifest(m_manifest, &error)) {
        m_result.error = storeError(error);
    } else {
        m_result.ok = true;
        m_result.manifest = m_manifest;
    }
    QMetaObject::invokeMethod(this, &SnapshotSession::finished, Qt::QueuedConnection);
}
