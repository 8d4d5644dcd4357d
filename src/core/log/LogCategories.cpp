#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcApi, "testops.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "testops.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "testops.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "testops.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "testops.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "testops.config", QtInfoMsg)
