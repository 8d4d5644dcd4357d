// What the front reads and writes in TestOps for the views: the storage cleanup rules (a session each, and
// the read-only view the web page shows), a restore of what an export's change view shows, a case's page.
#include "ExportFront.h"

#include "CleanupBoard.h"
#include "ExportService.h"
#include "RestoreWrites.h"
#include "exports/ChangeDetails.h"
#include "restore/RestoreSession.h"

using namespace Qt::StringLiterals;

std::unique_ptr<CleanupBoard> ExportFront::cleanup(QList<qint64> projectIds) const {
    if (!m_service)
        return nullptr;
    return std::unique_ptr<CleanupBoard>(new CleanupBoard(
        m_service->client(), projectIds.isEmpty() ? this->projectIds() : std::move(projectIds)));
}

QList<qint64> ExportFront::projectIds() const {
    QList<qint64> ids;
    if (m_service) {
        for (const ExportGroup &group : m_service->config().groups) {
            if (!ids.contains(group.projectId))
                ids.append(group.projectId);
        }
    }
    return ids;
}

std::unique_ptr<TestOpsWrite> ExportFront::restore(const QString &fileName, QString *error) const {
    if (!m_service) {
        *error = tr("the export service is not running");
        return nullptr;
    }
    const ExportEntry *entry = exportNamed(fileName);
    if (!entry || entry->remote) {
        *error = entry ? tr("%1 is only in S3: download it into the export folder first").arg(fileName)
                       : tr("there is no export named %1 in %2").arg(fileName, exportFolder());
        return nullptr;
    }
    const ExportGroup *group = nullptr;
    for (const ExportGroup &candidate : m_service->config().groups) {
        if (candidate.name == entry->file.group)
            group = &candidate;
    }
    if (!group) {
        *error = tr("group %1 of %2 is not configured, so its project is unknown")
                     .arg(entry->file.group, fileName);
        return nullptr;
    }
    std::shared_ptr<const ChangeDetails> details = changeDetails(fileName, error);
    if (!details)
        return nullptr;
    if (!details->result().compared()) {
        *error = details->result().previousFile.isEmpty()
                     ? tr("%1 is the first export of group %2: there is nothing to undo")
                           .arg(fileName, group->name)
                     : tr("%1 was not compared with the previous export: %2")
                           .arg(fileName, details->result().error);
        return nullptr;
    }
    const ExportEntry *previous = exportNamed(details->result().previousFile);
    const QByteArray previousSha = previous ? previous->sha256.hex().toLatin1() : QByteArray();
    QString why;
    if (!details->verifyFiles(previousSha, &why)) { // checked again by the session before it plans and writes
        *error = tr("nothing can be restored from %1: %2").arg(fileName, why);
        return nullptr;
    }
    const QString previousFile = details->result().previousFile;
    auto session = std::make_unique<RestoreSession>(m_service->client(), m_service->history(), *group,
                                                    fileName, std::move(details), previousSha);
    session->filesVerified();
    return RestoreWrites::ofExport(std::move(session), fileName, previousFile, m_service);
}

QUrl ExportFront::testCaseUrl(const QString &group, const QString &caseId) const {
    if (!m_service)
        return {};
    for (const ExportGroup &candidate : m_service->config().groups) {
        if (candidate.name == group) {
            QUrl url = m_service->config().baseUrl;
            url.setPath(url.path() + u"/project/%1/test-cases/%2"_s.arg(candidate.projectId).arg(caseId));
            return url;
        }
    }
    return {};
}

CleanupView ExportFront::cleanupView(const Words &words) {
    constexpr qint64 maxAgeMs = 5 * 60 * 1000;
    if (!m_service)
        return {};
    if (!m_cleanupBoard) {
        m_cleanupBoard = cleanup();
        m_cleanupRead.invalidate();
    }
    if (!m_cleanupBoard->isBusy() && (!m_cleanupRead.isValid() || m_cleanupRead.hasExpired(maxAgeMs))) {
        m_cleanupRead.start();
        m_cleanupBoard->load();
    }
    return m_cleanupBoard->view(words);
}
