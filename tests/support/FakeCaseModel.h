// The test cases of the fake TestOps as a stored model, for snapshots and full restore: each case holds its
// fields, its scenario (nested steps, expected results, attachment steps, shared steps), its attachments with
// their bytes, custom field values, relations, issues, members, test keys, examples and comments, and sits in
// a node of a tree. The answers are rendered from what is stored (report service 25.4.1's shapes); tests
// change the model as a colleague would in TestOps and read the request log to see what a client fetched.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

class QUrlQuery;

#include <optional>

// What a generated case holds (the benchmark's shape by default: 8 steps, two nested, one shared).
struct FakeCaseShape {
    int steps = 8;
    int attachments = 2;
    int attachmentBytes = 50 * 1024;
    int sharedSteps = 3; // shared steps of the project the cases take turns using
    int subGroups = 1;   // sub-groups of the group; cases alternate between it and its sub-groups
};

class FakeCaseModel {
public:
    struct Attachment {
        qint64 id = 0;
        QString name;
        QString contentType;
        QByteArray bytes;
        bool missed = false; // the row is listed, its bytes are gone (content answers 404)
    };
    struct Step {
        qint64 id = 0;
        QString body;
        QList<qint64> children;
        qint64 expectedResultId = 0; // an expected result: a step whose children are its lines
        qint64 attachmentId = 0;     // an attachment step
        qint64 sharedStepId = 0;     // a shared step used here
    };
    struct SharedStep {
        qint64 id = 0;
        qint64 projectId = 0;
        QString name;
        bool archived = false;
        bool deleted = false;
        qint64 createdDate = 0;
        QList<qint64> root;
        QMap<qint64, Step> steps;
        QList<Attachment> attachments;
    };
    struct Case {
        qint64 id = 0;
        qint64 projectId = 0;
        qint64 treeId = 0;
        qint64 nodeId = 0; // the group node it is a leaf of
        qint64 leafId = 0;
        QString name;
        QString description;
        QString precondition;
        QString expectedResult;
        bool automated = false;
        QJsonObject status;
        QJsonObject workflow;
        QJsonObject layer;
        QJsonArray tags, links, issues, members, customFields, parameters, examples, testKeys;
        QJsonArray relations; // [{id, target{id,name}, type}]
        QJsonArray comments;  // [{id, body, createdBy, createdDate}]
        QList<qint64> root;   // the scenario's top steps
        QMap<qint64, Step> steps;
        QList<Attachment> attachments;
        qint64 createdDate = 0;
        qint64 lastModifiedDate = 0;
        bool deleted = false; // soft-deleted: listed by /api/testcase/deleted, not in the tree
    };
    struct Node {
        qint64 id = 0;
        qint64 projectId = 0;
        qint64 treeId = 0;
        qint64 parentId = 0; // 0: the top of the tree
        QString name;
        qint64 valueId = 0; // the value of the tree's custom field (Suite) that puts a case here
    };
    using Shape = FakeCaseShape;
    static constexpr qint64 treeFieldId = 6; // "Suite": its value is the group a case sits in

    // A tree group with `cases` generated cases (stored: later answers render what was stored, and tests
    // change it). Returns the ids of the cases.
    QList<qint64> addGroup(qint64 projectId, qint64 treeId, qint64 groupId, const QString &name, int cases,
                           const Shape &shape = {});

    bool hasNode(qint64 nodeId) const { return m_nodes.contains(nodeId); }
    // Cases (not deleted) under the node and its sub-groups.
    qint64 countUnder(qint64 nodeId) const;
    Case *testCase(qint64 id);
    SharedStep *sharedStep(qint64 id);
    const QMap<qint64, Case> &cases() const { return m_cases; }
    const QMap<qint64, SharedStep> &sharedSteps() const { return m_shared; }
    QList<qint64> casesUnder(qint64 nodeId) const;

    // What a colleague does in TestOps. Each bumps lastModifiedDate unless said otherwise.
    void rename(qint64 caseId, const QString &name);
    void rewriteSteps(qint64 caseId, const QStringList &bodies);
    void removeAttachment(qint64 caseId, qint64 attachmentId);
    // Replaces an attachment's bytes; as TestOps may, without moving the case's lastModifiedDate.
    void replaceAttachmentBytes(qint64 attachmentId, const QByteArray &bytes, bool touchCase);
    void forceDelete(qint64 caseId);
    void softDelete(qint64 caseId);
    void deleteSharedStep(qint64 sharedStepId);
    // Sets the case's Suite to a value no group has: it leaves the group (and the tree).
    void moveOut(qint64 caseId);
    // The group node a Suite value puts a case in; 0 for none.
    qint64 nodeOfValue(qint64 valueId) const;
    // A value of a custom field in a project (FakeCaseModelCatalogue.cpp). A project's catalogue (custom
    // fields and their values, workflows, test layers) is what its GETs list and what its writes accept:
    // a value, workflow or layer of another project answers 400, as TestOps does.
    void addCustomFieldValue(qint64 projectId, qint64 fieldId, const QString &fieldName, qint64 valueId,
                             const QString &name);
    qint64 addAttachment(qint64 caseId, const QString &name, const QByteArray &bytes,
                         const QString &contentType = QStringLiteral("application/octet-stream"));
    qint64 now = 1764547200000; // ms; every change moves it on by a minute
    bool pagesNeverEnd = false;
    QSet<qint64> noContent; // attachments whose content answers 204 with no body (a broken server) // every
                            // page says "last": false and repeats the first (a broken server)

    // The answer to a GET the model knows; nothing when the path is not one of its calls.
    struct Answer {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    std::optional<Answer> get(const QString &path, const QString &query) const;
    // The answer to a write (POST, PATCH, PUT, DELETE) the model knows (FakeCaseModelWrites.cpp): create a
    // case, restore it, its fields, scenario step by step, attachments (multipart), custom field values,
    // the replace-all lists, comments, shared steps. Nothing when it is not one of its calls.
    std::optional<Answer> write(const QByteArray &method, const QString &path, const QString &query,
                                const QByteArray &body, const QByteArray &contentType);
    // Every write the model took, "POST /api/testcase/step", in order (what a restore wrote).
    QStringList writes;
    // The write with this number (1-based, counted from the next one) answers 500 and changes nothing;
    // 0: none.
    int failWrite = 0;
    // The `failWriteToNth`th write "VERB path" equal to this (counted from when it is set) answers 500 and
    // changes nothing; empty: none.
    QString failWriteTo;
    int failWriteToNth = 1;
    // Pages hold at most this many rows whatever the size asked (servers cap it); 0: as asked.
    int pageSizeAtMost = 0;
    // Versions saved per case (POST /api/testcase/{id}/version).
    QMap<qint64, int> versions;
    std::optional<qint64> count(const QJsonObject &selection) const;

private:
    struct Catalogue {
        QMap<qint64, QString> fields;     // custom fields used in the project, by id
        QMap<qint64, QJsonObject> values; // {id, name, customField{id, name}}
        QSet<qint64> workflows;
    };
    // The rows of /api/workflowschema, /api/testlayerschema, /api/project/{id}/cf and …/cfv; nothing for
    // another path.
    std::optional<QJsonArray> catalogueRows(const QString &path, const QUrlQuery &query) const;
    // What of a create, a patch or custom field values is not in the project: the 400's message, or empty.
    QString notInProject(qint64 projectId, const QJsonObject &fields, const QJsonArray &values) const;
    QMap<qint64, Catalogue> m_catalogues;
    QJsonObject overview(const Case &c) const;
    QJsonObject scenario(const Case &c) const;
    static QJsonObject sharedScenario(const SharedStep &shared); // GET /api/sharedstep/{id}/step
    static QJsonObject stepJson(const Step &step, qint64 owner, bool shared);
    static QJsonObject attachmentRow(const Attachment &a, const char *entity);
    QJsonObject treeNode(qint64 projectId, qint64 treeId, qint64 parent, int page, int size) const;
    const Attachment *attachment(qint64 id, bool shared) const;
    void touch(Case &c);
    bool hasProject(qint64 projectId) const;
    void setFields(Case &c, const QJsonObject &body);
    void setCustomFields(Case &c, const QJsonArray &flat);
    static QList<Attachment> parseMultipart(const QByteArray &body, const QByteArray &contentType);
    std::optional<Answer> writeStep(Case *owner, SharedStep *sharedOwner, const QJsonObject &body,
                                    bool withExpectedResult);

    QMap<qint64, Node> m_nodes;
    QMap<qint64, Case> m_cases;
    QMap<qint64, SharedStep> m_shared;
    qint64 m_nextId = 9000000001;
    QMap<qint64, QJsonObject> m_statuses, m_workflows, m_layers; // catalogues, by id
    int m_writes = 0;
};
