// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisrunner.h"
#include "analysis/azurecomparison.h"
#include "commands/designcommands.h"
#include "document/containment.h"
#include "document/document.h"
#include "document/selection.h"
#include "mainwindow/mainwindow.h"
#include "panels/azurecomparisonmodel.h"
#include "panels/azurecomparisonview.h"
#include "panels/routesdock.h"
#include "scene/designscene.h"
#include "scene/nodeitem.h"
#include "testdesigns.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace avsnet;
using namespace avsnet::ui;

namespace {

QString importData(const char *name)
{
    return QStringLiteral(AVSNET_TEST_DATA "/import/%1").arg(QLatin1String(name));
}

// Answers the next modal dialog (a message box, an input dialog) the code under test opens,
// from inside its event loop: `answer` reads it and closes it.
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

// Runs the analysis the last edit asked for now, as the designer would after its worker.
void analyse(MainWindow &window)
{
    window.analysisRunner()->waitForIdle();
    window.analysisRunner()->analyzeNow();
}

int nonSameRows(const AzureComparisonModel *model)
{
    int count = 0;
    for (int table = 0; table < model->rowCount(); ++table) {
        const QModelIndex parent = model->index(table, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            count += model->index(row, 0, parent).data(AzureComparisonModel::MatchRole).toInt()
                     != int(core::azure::RouteMatch::Same);
    }
    return count;
}

// Laid out readably, as the canvas draws it: no two top-level boxes overlap, and every
// container (a VNet, a Virtual WAN hub, a Virtual WAN) holds what it contains.
void verifyLaidOutReadably(const MainWindow &window)
{
    const core::Topology &design = window.document()->topology();
    std::vector<const NodeItem *> topLevel;
    for (const core::Node &node : design.nodes) {
        QVERIFY2(node.position, node.id.c_str());
        const NodeItem *item = window.scene()->nodeItem(QString::fromStdString(node.id));
        QVERIFY(item);
        const std::string &container = containerOf(node);
        if (container.empty()) {
            topLevel.push_back(item);
            continue;
        }
        const NodeItem *holder = window.scene()->nodeItem(QString::fromStdString(container));
        QVERIFY(holder);
        QVERIFY2(holder->mapRectToScene(holder->bodyRect())
                     .contains(item->mapRectToScene(item->bodyRect())),
                 node.id.c_str());
    }
    for (std::size_t i = 0; i < topLevel.size(); ++i)
        for (std::size_t j = i + 1; j < topLevel.size(); ++j)
            QVERIFY2(!topLevel[i]->mapRectToScene(topLevel[i]->bodyRect())
                          .intersects(topLevel[j]->mapRectToScene(topLevel[j]->bodyRect())),
                     qPrintable(topLevel[i]->nodeId() + " overlaps " + topLevel[j]->nodeId()));
}

} // namespace

// File > Import from Azure and File > Compare with Azure Routes, through the main window as
// the menu runs them (without the file dialogs).
class TestAzureImportUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName("avsnet-azureimportui-test");
    }

    void menuOffersImportAndCompare()
    {
        MainWindow window;
        for (const char *name : {"importFromAzureAction", "compareWithAzureAction",
                                 "clearAzureComparisonAction"})
            QVERIFY2(window.findChild<QAction *>(name), name);
        // Nothing to clear before a comparison.
        QVERIFY(!window.findChild<QAction *>("clearAzureComparisonAction")->isEnabled());
    }

    void importIntoEmptyDesignIsLaidOutAndOneUndoStep()
    {
        MainWindow window;
        QVERIFY(window.document()->topology().nodes.empty());
        QVERIFY(window.importFromAzure({importData("graph-hub-avs.json"),
                                        importData("avs-segments-cli.json")}));
        const core::Topology &design = window.document()->topology();
        // As `avsnet import` maps them (tst_azureimport): 2 VNets, their gateway, Route
        // Server and NVA, a circuit, the site behind it and a private cloud.
        QCOMPARE(int(design.nodes.size()), 8);
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Import from Azure"));
        for (const core::Node &node : design.nodes)
            QVERIFY2(node.position, node.id.c_str());
        verifyLaidOutReadably(window);
        // The summary says what came in: the 8 nodes and 6 links.
        auto *summary = window.findChild<QDialog *>("importSummary");
        QVERIFY(summary && summary->isVisible());
        const QString text = summary->findChild<QPlainTextEdit *>("importSummaryText")->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("14 added")), qPrintable(text));

        window.document()->undoStack()->undo();
        QVERIFY(window.document()->topology().nodes.empty());
        window.document()->undoStack()->redo();
        QCOMPARE(int(window.document()->topology().nodes.size()), 8);
    }

    void virtualWanEstateIsLaidOutInsideItsContainers()
    {
        // A Virtual WAN (its hub, the hub's gateway and firewall) beside a classic hub: the
        // layout puts the hub's children inside the hub and the hub inside the Virtual WAN,
        // clear of the VNets.
        MainWindow window;
        QVERIFY(window.importFromAzure({importData("graph-hub-avs.json"), importData("graph-vwan.json")}));
        bool hasHubChild = false;
        for (const core::Node &node : window.document()->topology().nodes)
            hasHubChild = hasHubChild || !node.parentHub().empty();
        QVERIFY(hasHubChild);
        verifyLaidOutReadably(window);
    }

    void importMergesIntoTheOpenDesignAndUndoRestoresIt()
    {
        MainWindow window;
        QVERIFY(window.openSample(QStringLiteral(":/samples/contoso.avsnet")));
        const core::Topology before = window.document()->topology();
        QVERIFY(window.importFromAzure({importData("graph-hub-avs.json")}));
        const core::Topology &after = window.document()->topology();
        QCOMPARE(after.nodes.size(), before.nodes.size() + 8);
        // The design's own nodes stay as they were; what came in is selected.
        for (const core::Node &node : before.nodes)
            QVERIFY2(after.node(node.id) && *after.node(node.id) == node, node.id.c_str());
        QCOMPARE(window.selection()->ids().size(), 8);
        QCOMPARE(window.document()->undoStack()->count(), 1);

        // The same file again merges by Azure id: nothing new, no step of history.
        QVERIFY(window.importFromAzure({importData("graph-hub-avs.json")}));
        QCOMPARE(after.nodes.size(), before.nodes.size() + 8);
        QCOMPARE(window.document()->undoStack()->count(), 1);

        window.document()->undoStack()->undo();
        QVERIFY(window.document()->topology() == before);
    }

    void badFileIsNamedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::newRow("truncated JSON") << "bad-truncated.json" << "line ";
        QTest::newRow("unsupported template function")
            << "bad-unsupported-function.json" << "resources[0].properties.subnets[0]";
    }

    void badFileIsNamedAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        MainWindow window;
        QVERIFY(window.openSample(QStringLiteral(":/samples/contoso.avsnet")));
        const core::Topology before = window.document()->topology();
        QString message;
        answerNextDialog([&message](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                message = box->text();
            dialog->close();
        });
        // A good file beside the bad one: the import is all or nothing.
        QVERIFY(!window.importFromAzure({importData("graph-hub-avs.json"),
                                         importData(file.toUtf8().constData())}));
        QVERIFY2(message.contains(file), qPrintable(message));
        QVERIFY2(message.contains(place), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("unchanged")), qPrintable(message));
        QVERIFY(window.document()->topology() == before);
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }

    void templateParameterWithoutDefaultIsAskedFor()
    {
        MainWindow window;
        QString asked;
        answerNextDialog([&asked](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            asked = input->labelText();
            input->setTextValue(QStringLiteral("10.3.0.0/16"));
            input->accept();
        });
        QVERIFY(window.importFromAzure({importData("template-parameters.json")}));
        QVERIFY2(asked.contains(QStringLiteral("'space'")), qPrintable(asked));
        const core::Topology &design = window.document()->topology();
        QCOMPARE(int(design.nodes.size()), 1);
        const auto *network = design.nodes.front().as<core::VirtualNetwork>();
        QVERIFY(network);
        QCOMPARE(network->addressSpace.size(), std::size_t(1));
        QCOMPARE(network->addressSpace.front().toString(), std::string("10.3.0.0/16"));

        // Cancelled: nothing is imported, and the message says which parameter was missing.
        MainWindow other;
        QString message;
        answerNextDialog([&message](QWidget *dialog) {
            dialog->close(); // the question
            answerNextDialog([&message](QWidget *box) {
                message = qobject_cast<QMessageBox *>(box) ? qobject_cast<QMessageBox *>(box)->text()
                                                           : QString();
                box->close();
            });
        });
        QVERIFY(!other.importFromAzure({importData("template-parameters.json")}));
        QVERIFY2(message.contains(QStringLiteral("space")), qPrintable(message));
        QVERIFY(other.document()->topology().nodes.empty());
    }

    void matchingDesignComparesAllSameWithoutBadges()
    {
        MainWindow window;
        QVERIFY(window.openFile(importData("effective-single-vnet.avsnet")));
        analyse(window);
        QVERIFY(AzureComparison::needsContext(importData("effective-single-vnet.json")));
        QVERIFY(window.compareWithAzure(importData("effective-single-vnet.json"),
                                        QStringLiteral("vnet1/default")));
        const AzureComparison *comparison = window.azureComparison();
        QVERIFY(comparison->comparison());
        QVERIFY(comparison->comparison()->equal());
        QVERIFY(comparison->differencesByNode().isEmpty());

        RoutesDock *dock = window.routesDock();
        QCOMPARE(dock->pages()->count(), 2);
        QCOMPARE(dock->pages()->currentWidget(), dock->azureComparisonView());
        const AzureComparisonModel *model = dock->azureComparisonView()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 8);
        QCOMPARE(nonSameRows(model), 0);
        QVERIFY2(dock->azureComparisonView()->summary().contains(QStringLiteral("matches")),
                 qPrintable(dock->azureComparisonView()->summary()));
        QCOMPARE(window.scene()->nodeItem(QStringLiteral("vnet1"))->azureDifferences(), 0);
        QVERIFY(window.findChild<QAction *>("clearAzureComparisonAction")->isEnabled());
    }

    void changedNextHopIsTheOneDifferenceAndBadgesItsNode()
    {
        MainWindow window;
        QVERIFY(window.openFile(importData("effective-single-vnet.avsnet")));
        analyse(window);
        QVERIFY(window.compareWithAzure(importData("effective-single-vnet.json"),
                                        QStringLiteral("vnet1/default")));
        // One edit of the design, as Properties makes it: the user route's next hop.
        core::Node vnet = *window.document()->topology().node("vnet1");
        core::Node changed = vnet;
        changed.as<core::VirtualNetwork>()->routeTables[0].routes[0].nextHopIp
            = core::Ipv4Address::parse("172.20.2.11");
        window.document()->undoStack()->push(
            new ChangeNode(window.document(), vnet, changed, QStringLiteral("next hop")));
        analyse(window);

        const AzureComparisonView *view = window.routesDock()->azureComparisonView();
        const AzureComparisonModel *model = view->model();
        QCOMPARE(nonSameRows(model), 1);
        QVERIFY2(view->summary().endsWith(QStringLiteral(": 1 prefix differs in 1 table.")),
                 qPrintable(view->summary()));
        view->differencesOnly()->setChecked(true);
        const QModelIndex table = model->index(0, 0);
        QCOMPARE(model->rowCount(table), 1);
        const auto cell = [&](int column) { return model->index(0, column, table).data().toString(); };
        QCOMPARE(cell(AzureComparisonModel::PrefixColumn), QStringLiteral("10.50.0.0/16"));
        QCOMPARE(cell(AzureComparisonModel::MatchColumn), QStringLiteral("Different"));
        QCOMPARE(cell(AzureComparisonModel::DifferenceColumn),
                 QStringLiteral("next hop: Azure 172.20.2.10, model 172.20.2.11"));
        QVERIFY2(cell(AzureComparisonModel::AzureColumn).contains(QStringLiteral("172.20.2.10")),
                 qPrintable(cell(AzureComparisonModel::AzureColumn)));
        // The model's side names the route's source, the rule that put it there.
        QVERIFY2(cell(AzureComparisonModel::ModelColumn).contains(QStringLiteral("172.20.2.11 (User)")),
                 qPrintable(cell(AzureComparisonModel::ModelColumn)));

        // The badge on the VNet whose subnet's table differs, and only there.
        const NodeItem *item = window.scene()->nodeItem(QStringLiteral("vnet1"));
        QCOMPARE(item->azureDifferences(), 1);
        QVERIFY2(item->toolTip().contains(QStringLiteral("Azure and the model differ on 1 prefix")),
                 qPrintable(item->toolTip()));
        QCOMPARE(window.scene()->nodeItem(QStringLiteral("remote"))->azureDifferences(), 0);

        // Undo: the model agrees with Azure again.
        window.document()->undoStack()->undo();
        analyse(window);
        QCOMPARE(nonSameRows(model), 0);
        QCOMPARE(window.scene()->nodeItem(QStringLiteral("vnet1"))->azureDifferences(), 0);
    }

    void clearRemovesThePageAndTheBadges()
    {
        MainWindow window;
        QVERIFY(window.openFile(importData("effective-single-vnet.avsnet")));
        analyse(window);
        // Compared at the wrong subnet's place on purpose: a node with a difference.
        QVERIFY(window.compareWithAzure(importData("observed-app.json"), QStringLiteral("vnet1/default")));
        QVERIFY(!window.azureComparison()->differencesByNode().isEmpty());
        QVERIFY(window.scene()->nodeItem(QStringLiteral("vnet1"))->azureDifferences() > 0);

        window.routesDock()->azureComparisonView()->findChild<QPushButton *>("clearAzureComparison")->click();
        QVERIFY(!window.azureComparison()->isActive());
        QCOMPARE(window.routesDock()->pages()->count(), 1);
        QCOMPARE(window.scene()->nodeItem(QStringLiteral("vnet1"))->azureDifferences(), 0);
        QVERIFY(!window.findChild<QAction *>("clearAzureComparisonAction")->isEnabled());
        // An edit later compares nothing again.
        analyse(window);
        QVERIFY(!window.azureComparison()->comparison());
    }

    void captureBundleFindsItsNodesAfterImport()
    {
        MainWindow window;
        QVERIFY(window.importFromAzure({importData("capture-hub-avs.json")}));
        analyse(window);
        QVERIFY(!AzureComparison::needsContext(importData("capture-hub-avs.json")));
        QVERIFY(window.compareWithAzure(importData("capture-hub-avs.json")));
        const auto *comparison = window.azureComparison()->comparison();
        QVERIFY(comparison);
        QCOMPARE(int(comparison->tables.size()), 4);
        for (const auto &table : comparison->tables)
            QVERIFY2(table.problem.empty(), table.problem.c_str());
        // Every badge is the count of its node's differing prefixes, and a node without a
        // difference has none.
        const QHash<QString, int> differences = window.azureComparison()->differencesByNode();
        QVERIFY(!differences.isEmpty());
        for (const core::Node &node : window.document()->topology().nodes) {
            const QString id = QString::fromStdString(node.id);
            QCOMPARE(window.scene()->nodeItem(id)->azureDifferences(), differences.value(id));
        }
        QCOMPARE(window.routesDock()->azureComparisonView()->model()->rowCount(), 4);
    }

    void bundleWithoutItsNodesSaysWhyNotCompared()
    {
        // Contoso has none of the bundle's Azure ids: every table says why, nothing is badged.
        MainWindow window;
        QVERIFY(window.openSample(QStringLiteral(":/samples/contoso.avsnet")));
        QVERIFY(window.compareWithAzure(importData("capture-hub-avs.json")));
        const auto *comparison = window.azureComparison()->comparison();
        QVERIFY(comparison);
        QCOMPARE(int(comparison->tables.size()), 4);
        for (const auto &table : comparison->tables)
            QVERIFY(!table.problem.empty());
        QVERIFY(window.azureComparison()->differencesByNode().isEmpty());
        const AzureComparisonView *view = window.routesDock()->azureComparisonView();
        QVERIFY2(view->summary().contains(QStringLiteral("no table could be compared")),
                 qPrintable(view->summary()));
        const QString title = view->model()->index(0, 0).data().toString();
        QVERIFY2(title.contains(QStringLiteral("not compared, no VNet of the design has the Azure id of subnet /subscriptions/")),
                 qPrintable(title));
    }

    void unreadableObservedFileKeepsTheComparison()
    {
        MainWindow window;
        QVERIFY(window.openFile(importData("effective-single-vnet.avsnet")));
        analyse(window);
        QVERIFY(window.compareWithAzure(importData("effective-single-vnet.json"),
                                        QStringLiteral("vnet1/default")));
        QString message;
        answerNextDialog([&message](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                message = box->text();
            dialog->close();
        });
        QVERIFY(!window.compareWithAzure(importData("bad-truncated.json"), QStringLiteral("vnet1/default")));
        QVERIFY2(message.contains(QStringLiteral("bad-truncated.json")), qPrintable(message));
        QVERIFY(window.azureComparison()->source().endsWith(QStringLiteral("effective-single-vnet.json")));
    }
};

QTEST_MAIN(TestAzureImportUi)
#include "tst_azureimportui.moc"
