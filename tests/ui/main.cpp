// SPDX-License-Identifier: MIT
// One executable for all widget tests: each test class runs in turn; the exit code counts the
// failed test functions.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int runAdministrationTests(int argc, char **argv);
int runAfterSalesTests(int argc, char **argv);
int runAuditTrailTests(int argc, char **argv);
int runContractsTests(int argc, char **argv);
int runContractTemplateTests(int argc, char **argv);
int runCustomerTableTests(int argc, char **argv);
int runFollowUpPlansTests(int argc, char **argv);
int runTeamServerTests(int argc, char **argv);
int runReviewTests(int argc, char **argv);
int runMainWindowTests(int argc, char **argv);
int runModelTests(int argc, char **argv);
int runReceivablesTests(int argc, char **argv);
int runScreenshotTests(int argc, char **argv);
int runSettingsDialogTests(int argc, char **argv);
int runSignInTests(int argc, char **argv);

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SalesFlowTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui"));
    // QSettings and QStandardPaths use a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    int failures = 0;
    failures += runModelTests(argc, argv);
    failures += runMainWindowTests(argc, argv);
    failures += runSettingsDialogTests(argc, argv);
    failures += runSignInTests(argc, argv);
    failures += runAdministrationTests(argc, argv);
    failures += runAuditTrailTests(argc, argv);
    failures += runCustomerTableTests(argc, argv);
    failures += runFollowUpPlansTests(argc, argv);
    failures += runReviewTests(argc, argv);
    failures += runContractsTests(argc, argv);
    failures += runContractTemplateTests(argc, argv);
    failures += runReceivablesTests(argc, argv);
    failures += runAfterSalesTests(argc, argv);
    failures += runTeamServerTests(argc, argv);
    failures += runScreenshotTests(argc, argv);
    QSettings().clear();
    return failures;
}
