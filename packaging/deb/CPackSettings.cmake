# The Debian package: cpack -G DEB in a build folder (packaging/bootstrap.sh package does it).
set(CPACK_GENERATOR DEB)
if(WITH_DESKTOP)
    set(CPACK_PACKAGE_NAME testops-export)
else()
    # The service alone (the Docker image): no Qt Widgets, no keychain, no desktop files.
    set(CPACK_PACKAGE_NAME testops-export-headless)
    set(CPACK_DEBIAN_PACKAGE_CONFLICTS testops-export)
endif()
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "TestOps Export developers <dev@testops-export.github.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "daily CSV exports of Allure TestOps test cases")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(WITH_DESKTOP)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager, libqt6svg6")
endif()
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://testops-export.github.io/")
# The long description only: CPack puts the summary first and indents each line itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "TestOps Export copies the test cases of Allure TestOps tree groups into CSV
files on a cron schedule: a backup, a record for audits, something to diff,
and a copy for people without a TestOps account. Failed groups are retried;
old files are deleted after 30 days, except the newest of each group.

It lives in the system tray with a window that lists the exports, serves the
same view to colleagues in a browser, and runs as a headless service for
servers (a systemd user unit is included). It speaks Russian and English.")
include(CPack)
