// A QNetworkAccessManager whose replies are canned: an HTTP answer, a network error, or one that never
// finishes. For errors no local server can produce (DNS, TLS) and for counting requests.
#pragma once

#include <QBuffer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQueue>
#include <QTimer>

class CannedReply : public QNetworkReply {
    Q_OBJECT
public:
    struct Answer {
        int status = 200;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool never = false; // never finishes (a host that does not answer)
    };

    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                const Answer &answer, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer) {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
        m_data.setData(answer.body);
        m_data.open(QIODevice::ReadOnly);
        if (!answer.never)
            QTimer::singleShot(0, this, &CannedReply::deliver);
    }

    void abort() override {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override {
        return m_data.bytesAvailable() + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override { return m_data.read(data, maxSize); }

private:
    void deliver() {
        if (isFinished())
            return;
        if (m_answer.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
            for (auto it = m_answer.headers.cbegin(); it != m_answer.headers.cend(); ++it)
                setRawHeader(it.key(), it.value());
            emit metaDataChanged();
            if (!m_answer.body.isEmpty())
                emit readyRead();
        }
        if (m_answer.error != NoError) {
            setError(m_answer.error, QStringLiteral("canned error"));
            emit errorOccurred(m_answer.error);
        }
        setFinished(true);
        emit finished();
    }

    Answer m_answer;
    QBuffer m_data;
};

class CannedNetworkAccessManager : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // Answers for requests whose path ends with `pathSuffix`, used in order; the last one repeats.
    void answer(const QString &pathSuffix, const CannedReply::Answer &answer) {
        m_answers[pathSuffix].append(answer);
    }
    int requests(const QString &pathSuffix) const { return m_counts.value(pathSuffix); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *) override {
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (!request.url().path().endsWith(it.key()))
                continue;
            m_counts[it.key()] += 1;
            const CannedReply::Answer answer = it->size() > 1 ? it->takeFirst() : it->first();
            return new CannedReply(operation, request, answer, this);
        }
        CannedReply::Answer missing;
        missing.status = 404;
        return new CannedReply(operation, request, missing, this);
    }

private:
    QHash<QString, QList<CannedReply::Answer>> m_answers;
    QHash<QString, int> m_counts;
};
