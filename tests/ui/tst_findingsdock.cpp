// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/findingcatalog.h"
#include "document/displaynames.h"
#include "panelfixture.h"
#include "panels/findingsdock.h"
#include "panels/findingsmodel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

#include <algorithm>

using namespace avsnet;
using namespace avsnet::ui;

// Stands in for the browser: QDesktopServices hands it the URLs the dock opens.
class UrlCatcher : public QObject
{
    Q_OBJECT

public slots:
    void open(const QUrl &url) { urls.append(url); }

public:
    QList<QUrl> urls;
};

class TestFindingsDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAreTheAnalysisFindings();
    void subnetNamedLikeANodeKeepsItsName();
    void errorsComeFirst();
    void titleCountsSeverities();
    void filterBySeverity();
    void clickSelectsSubjects();
    void activateSelectsSubjects();
    void followsNewAnalysis();
    void whyOpensTheExplanationAndLearnPage();

private:
    std::unique_ptr<test::PanelFixture> m_fixture;
    std::unique_ptr<FindingsDock> m_dock;
};

void TestFindingsDock::init()
{
    m_fixture = std::make_unique<test::PanelFixture>();
    m_dock = std::make_unique<FindingsDock>(&m_fixture->runner, &m_fixture->selection);
    // The firewall's default route reaches the datacenter and comes back to the firewall's
    // own subnet, so there are findings to list; it has a hub and a spoke2.
    const QString loaded = m_fixture->load(test::designPath("nva-default-route"));
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
}

void TestFindingsDock::cleanup()
{
    m_dock.reset();
    m_fixture.reset();
}

void TestFindingsDock::rowsAreTheAnalysisFindings()
{
    std::vector<core::Finding> expected = m_fixture->analysis().findings();
    std::stable_sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) {
        return int(a.severity) < int(b.severity);
    });
    const FindingsModel *model = m_dock->findingsModel();
    QCOMPARE(model->rowCount(), int(expected.size()));
    QVERIFY(model->findings() == expected);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const core::Finding &finding = expected[std::size_t(row)];
        QCOMPARE(model->index(row, FindingsModel::CodeColumn).data().toString(),
                 QString::fromStdString(finding.code));
        // A person reads names where the engine wrote ids.
        const QString shown = DisplayNames(m_fixture->document.topology()).text(finding.message);
        QCOMPARE(model->index(row, FindingsModel::MessageColumn).data().toString(), shown);
        QCOMPARE(model->index(row, FindingsModel::SeverityColumn).data().toString(),
                 QString::fromLatin1(core::toString(finding.severity)));
        QVERIFY(!model->index(row, FindingsModel::SeverityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(model->index(row, FindingsModel::MessageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(shown.toHtmlEscaped()));
    }
}

void TestFindingsDock::subnetNamedLikeANodeKeepsItsName()
{
    // The firewall NVA "fw" (named "Hub firewall") lives in the hub's subnet "fw": the loop
    // finding's "hub/fw" is that subnet, not the NVA.
    const FindingsModel *model = m_dock->findingsModel();
    bool seen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString message = model->index(row, FindingsModel::MessageColumn).data().toString();
        if (!message.contains(QStringLiteral("learns it back")))
            continue;
        seen = true;
        QVERIFY2(message.contains(QStringLiteral("subnet hub / fw learns")), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Hub firewall announces")), qPrintable(message));
    }
    QVERIFY(seen);
}

void TestFindingsDock::errorsComeFirst()
{
    // Mix in an error: give spoke2 the hub's address space.
    core::Topology topology = m_fixture->document.topology();
    auto *spoke = topology.node("spoke2");
    auto *hub = topology.node("hub");
    QVERIFY2(spoke && hub, "the test design has no spoke2 and hub");
    spoke->as<core::VirtualNetwork>()->addressSpace = hub->as<core::VirtualNetwork>()->addressSpace;
    m_fixture->document.reset(topology, {});
    m_fixture->runner.analyzeNow();

    const auto &findings = m_dock->findingsModel()->findings();
    QVERIFY(m_dock->findingsModel()->count(core::Severity::Error) > 0);
    QVERIFY(std::is_sorted(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        return int(a.severity) < int(b.severity);
    }));
    QVERIFY(findings.front().severity == core::Severity::Error);
}

void TestFindingsDock::titleCountsSeverities()
{
    const FindingsModel *model = m_dock->findingsModel();
    const int errors = model->count(core::Severity::Error);
    const int warnings = model->count(core::Severity::Warning);
    QVERIFY(m_dock->windowTitle().startsWith(QStringLiteral("Findings (%1 error%2, %3 warning%4")
                                                 .arg(errors)
                                                 .arg(errors == 1 ? "" : "s")
                                                 .arg(warnings)
                                                 .arg(warnings == 1 ? "" : "s")));
    QVERIFY(!m_dock->objectName().isEmpty());
}

void TestFindingsDock::filterBySeverity()
{
    auto *filter = m_dock->findChild<QComboBox *>(QStringLiteral("severityFilter"));
    QVERIFY(filter);
    const FindingsModel *model = m_dock->findingsModel();
    const QAbstractItemModel *shown = m_dock->view()->model();
    QCOMPARE(shown->rowCount(), model->rowCount());
    const std::pair<int, core::Severity> filters[] = {
        {1, core::Severity::Error}, {2, core::Severity::Warning}, {3, core::Severity::Info}};
    for (const auto &[item, severity] : filters) {
        filter->setCurrentIndex(item);
        QCOMPARE(shown->rowCount(), model->count(severity));
    }
    filter->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), model->rowCount());
}

void TestFindingsDock::clickSelectsSubjects()
{
    m_dock->resize(800, 400);
    m_dock->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    QTreeView *view = m_dock->view();
    const int row = view->model()->rowCount() - 1;
    QVERIFY(row >= 0);
    const QModelIndex index = view->model()->index(row, FindingsModel::CodeColumn);
    QSignalSpy changed(&m_fixture->selection, &Selection::changed);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QStringList expected;
    for (const auto &subject : m_dock->findingsModel()->finding(row).subjects)
        expected.append(QString::fromStdString(subject));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_fixture->selection.ids(), expected);
    QCOMPARE(changed.count(), 1);
    // The selected subjects' findings are in bold.
    QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
}

void TestFindingsDock::activateSelectsSubjects()
{
    QTreeView *view = m_dock->view();
    const QModelIndex index = view->model()->index(0, 0);
    emit view->activated(index);
    QStringList expected;
    for (const auto &subject : m_dock->findingsModel()->finding(0).subjects)
        expected.append(QString::fromStdString(subject));
    QCOMPARE(m_fixture->selection.ids(), expected);
}

void TestFindingsDock::followsNewAnalysis()
{
    m_fixture->document.reset(core::Topology(), {});
    m_fixture->runner.analyzeNow();
    QCOMPARE(m_dock->findingsModel()->rowCount(), int(m_fixture->analysis().findings().size()));
}

void TestFindingsDock::whyOpensTheExplanationAndLearnPage()
{
    QStandardPaths::setTestModeEnabled(true);
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &browser, "open");
    const auto restore = qScopeGuard([] {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    });

    QTreeView *view = m_dock->view();
    QVERIFY(view->model()->rowCount() > 0);
    view->setCurrentIndex(view->model()->index(0, FindingsModel::CodeColumn));
    const core::Finding &finding = m_dock->findingsModel()->finding(0);
    const core::FindingCodeInfo *info = core::findingInfo(finding.code);
    QVERIFY2(info, finding.code.c_str());
    QLabel *why = m_dock->whyLabel();
    QVERIFY(why->text().contains(QString::fromStdString(finding.code)));

    // Follow each link of the why line as a click does: the explanation page of the code,
    // then the Microsoft Learn page behind the rule.
    QStringList links;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    for (const auto &match : href.globalMatch(why->text()))
        links.append(match.captured(1));
    QCOMPARE(links.size(), info->learnUrl.empty() ? 1 : 2);
    for (const QString &link : links)
        emit why->linkActivated(link);
    QCOMPARE(browser.urls.size(), links.size());
    const QUrl page = browser.urls.front();
    QVERIFY2(page.isLocalFile()
                 && page.fileName() == QStringLiteral("why-%1.html").arg(finding.code.c_str()),
             qPrintable(page.toString()));
    QFile html(page.toLocalFile());
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(html.readAll()).contains(QStringLiteral("Fix:")));
    if (!info->learnUrl.empty())
        QCOMPARE(browser.urls.back().toString().toStdString(), std::string(info->learnUrl));

    // The row's own actions do the same.
    browser.urls.clear();
    QVERIFY(m_dock->openExplanation(0));
    QCOMPARE(m_dock->openLearnPage(0), !info->learnUrl.empty());
    QCOMPARE(browser.urls.size(), info->learnUrl.empty() ? 1 : 2);
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
