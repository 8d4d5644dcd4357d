#include "AppWiring.h"

#include "service/ExportFront.h"
#include "service/ExportService.h"
#include "testops/ConnectionCheck.h"
#include "web/WebServer.h"

AppWiring::AppWiring(const Clock &clock, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(network)
    , m_front(std::make_unique<ExportFront>()) {}

AppWiring::~AppWiring() {
    clear(QString());
}

void AppWiring::clear(const QString &why) {
    m_web.reset(); // it serves the configuration that goes
    m_front->setService(nullptr, why);
    m_service.reset();
}

void AppWiring::build(const Config &config) {
    m_web.reset(); // it serves the configuration that goes
    auto service = std::make_unique<ExportService>(config, m_clock, m_network);
    m_front->setService(service.get()); // once: views never see a moment of "not configured"
    m_service = std::move(service);     // the old one goes after the front let go of it
}

void AppWiring::buildUnconfigured(const QString &why) {
    clear(why);
}

bool AppWiring::claimFolder(QString *why, bool *heldByOther) {
    if (!m_service)
        return false;
    QString problem;
    if (m_service->claimFolder(&problem, heldByOther))
        return true;
    buildUnconfigured(problem);
    if (why)
        *why = problem;
    return false;
}

void AppWiring::startService(const QString &catalogueFolder) {
    if (!m_service)
        return;
    m_service->startSchedule();
    const Config &config = m_service->config();
    if (!config.webEnabled)
        return;
    WebServer::Options options;
    options.bind = config.webBind;
    options.port = config.webPort;
    options.accessKey = config.webAccessKey;
    options.allowedHosts = config.webAllowedHosts;
    options.catalogueFolder = catalogueFolder;
    options.clock = &m_clock;
    m_web = std::make_unique<WebServer>(options, m_front.get());
    if (!m_web->start()) // logged; the exports go on without it
        m_web.reset();
}

QUrl AppWiring::webUrl() const {
    return m_web ? m_web->url() : QUrl();
}

void AppWiring::shutdown(int timeoutMs, std::function<void()> done) {
    if (!m_service) {
        done();
        return;
    }
    m_service->shutdown(timeoutMs, std::move(done));
}

std::unique_ptr<ConnectionCheck> AppWiring::connectionCheck() const {
    if (!m_service)
        return nullptr;
    return std::make_unique<ConnectionCheck>(m_service->client(), m_service->config().groups);
}
