// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routesdock.h"

#include "scene/nodestyle.h"

#include "analysis/analysisrunner.h"
#include "analysis/azurecomparison.h"
#include "analysis/panelfeed.h"
#include "azurecomparisonview.h"
#include "document/document.h"
#include "document/selection.h"
#include "routesmodel.h"
#include "routesproxymodel.h"
#include "routing/routecontext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace avsnet::ui {

namespace {

// A node with a table of its own (`routes --at ID`): a BGP speaker, a Virtual WAN hub (its
// defaultRouteTable) or a hub firewall (its table); a hub's gateway too (what its circuits or
// sites gave the hub). Not a VNet (its subnets have tables), the internet or a Virtual WAN.
bool isSpeaker(core::NodeKind kind)
{
    return kind != core::NodeKind::Vnet && kind != core::NodeKind::Internet
           && kind != core::NodeKind::Vwan;
}

// Tables in Azure's Virtual WAN words (cli.md, "Virtual WAN hubs and firewalls"): the hub's
// and the firewall's are route tables, not BGP tables.
bool hasHubTable(core::NodeKind kind)
{
    return kind == core::NodeKind::VwanHub || kind == core::NodeKind::HubFirewall;
}

// Subnets that hold Azure's own services, not workloads (cli.md, `matrix`).
bool isServiceSubnet(const std::string &name)
{
    return name == "GatewaySubnet" || name == "RouteServerSubnet" || name == "AzureFirewallSubnet";
}

// A speaker's rows from any table of it, as routesAt builds them from its final one.
std::vector<core::RouteView> tableRows(const core::Analysis &analysis, int node,
                                       const core::BgpTable &table)
{
    std::vector<core::RouteView> routes;
    for (const auto &route : table.routes())
        routes.push_back(core::viewOf(analysis, node, route));
    core::sortForDisplay(routes);
    return routes;
}

} // namespace

RoutesDock::RoutesDock(Document *document, AnalysisRunner *runner, Selection *selection,
                       QWidget *parent)
    : QDockWidget(parent)
    , m_document(document)
    , m_model(new RoutesModel(this))
    , m_proxy(new RoutesProxyModel(m_model, this))
    , m_contexts(new QComboBox)
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_status(new QLabel)
    , m_pages(new QTabWidget)
    , m_routesPage(new QWidget)
{
    setObjectName(QStringLiteral("routesDock"));
    setWindowTitle(tr("Routes"));

    m_contexts->setObjectName(QStringLiteral("context"));
    m_contexts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contexts->setMinimumContentsLength(20);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter prefixes, next hops, AS paths…"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    // A tree view with uniform rows never measures all rows: it scrolls 100,000 routes.
    m_view->setObjectName(QStringLiteral("routesView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RoutesModel::PrefixColumn, Qt::AscendingOrder);
    // Wide enough for Virtual WAN's next hop types ("Virtual Network Connection") and a path
    // learned over Global Reach.
    m_view->setColumnWidth(RoutesModel::PrefixColumn, 130);
    m_view->setColumnWidth(RoutesModel::NextHopTypeColumn, 200);
    m_view->setColumnWidth(RoutesModel::NextHopColumn, 140);
    m_view->setColumnWidth(RoutesModel::SourceColumn, 160);
    m_view->setColumnWidth(RoutesModel::AsPathColumn, 220);

    auto *form = new QFormLayout;
    form->addRow(tr("Routes at:"), m_contexts);
    form->addRow(tr("Filter:"), m_filter);

    auto *layout = new QVBoxLayout(m_routesPage);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    // One page, no tabs, until a comparison with Azure adds its own.
    m_pages->setObjectName(QStringLiteral("routesPages"));
    m_pages->setDocumentMode(true);
    m_pages->setTabBarAutoHide(true);
    m_pages->addTab(m_routesPage, tr("Routes"));
    setWidget(m_pages);

    connect(m_contexts, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setContext(m_contexts->itemData(index).toString());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateStatus();
    });
    connect(selection, &Selection::changed, this, &RoutesDock::followSelection);

    followSelection(selection->ids());
    // Its tables are the dearest of the docks (every route of a context): only while shown.
    new PanelFeed(runner, this, [this](const auto &analysis) { setAnalysis(analysis); });
}

void RoutesDock::setAzureComparison(AzureComparison *comparison)
{
    m_azureComparison = comparison;
    m_azureView = new AzureComparisonView(comparison, this);
    m_azureView->hide();
    connect(comparison, &AzureComparison::changed, this, &RoutesDock::followAzureComparison);
    followAzureComparison();
}

void RoutesDock::followAzureComparison()
{
    const int page = m_pages->indexOf(m_azureView);
    if (!m_azureComparison->isActive()) {
        m_comparedSource.clear();
        if (page >= 0)
            m_pages->removeTab(page);
        return;
    }
    const QString title = tr("Compared with Azure");
    if (page < 0)
        m_pages->addTab(m_azureView, title);
    // A new file compared is what the user wants to see; a recomparison after an edit
    // leaves the page the user is on.
    if (m_azureComparison->source() != m_comparedSource) {
        m_comparedSource = m_azureComparison->source();
        m_pages->setCurrentWidget(m_azureView);
    }
}

QString RoutesDock::contextForNode(const QString &id) const
{
    const core::Topology &topology = m_document->topology();
    const core::Node *node = topology.node(id.toStdString());
    if (!node)
        return {};
    if (isSpeaker(node->kind()))
        return id;
    const auto *network = node->as<core::VirtualNetwork>();
    if (!network || network->subnets.empty())
        return {};
    // Keep the subnet the user picked in the combo while its VNet stays selected.
    if (m_context.startsWith(id + QLatin1Char('/')) &&
        network->subnet(m_context.mid(id.size() + 1).toStdString()))
        return m_context;
    const auto workload =
        std::find_if(network->subnets.begin(), network->subnets.end(),
                     [](const core::Subnet &subnet) { return !isServiceSubnet(subnet.name); });
    const core::Subnet &subnet =
        workload != network->subnets.end() ? *workload : network->subnets.front();
    return id + QLatin1Char('/') + QString::fromStdString(subnet.name);
}

void RoutesDock::setContext(const QString &context)
{
    if (context == m_context)
        return;
    m_context = context;
    selectContextInCombo();
    reloadRoutes();
}

void RoutesDock::setReplayTables(std::function<core::BgpTable(int node)> tableOf,
                                 std::shared_ptr<const core::Analysis> analysis,
                                 const QString &asOf)
{
    m_replayTableOf = std::move(tableOf);
    m_replayAnalysis = std::move(analysis);
    m_replayAsOf = asOf;
    reloadRoutes();
}

void RoutesDock::clearReplayTables()
{
    if (!m_replayTableOf)
        return;
    m_replayTableOf = nullptr;
    m_replayAnalysis.reset();
    m_replayAsOf.clear();
    reloadRoutes();
}

int RoutesDock::replayedSpeaker() const
{
    if (!m_replayTableOf || !m_replayAnalysis || m_context.contains(QLatin1Char('/')))
        return -1;
    const int node = m_replayAnalysis->nodeIndex(m_context.toStdString());
    if (node < 0)
        return -1;
    // A hub's and a firewall's tables are built from the hub's final routes (R10.6), and a hub
    // gateway's from its hub's: the step-through shows them as they end.
    const core::Node &shown = m_replayAnalysis->topology().nodes[std::size_t(node)];
    if (!isSpeaker(shown.kind()) || hasHubTable(shown.kind()) || !shown.parentHub().empty())
        return -1;
    return node;
}

void RoutesDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_analysis = analysis;
    m_names = DisplayNames::of(analysis.get());
    refreshContexts();
    reloadRoutes();
}

void RoutesDock::followSelection(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const QString context = contextForNode(ids.front());
    if (!context.isEmpty())
        setContext(context);
}

void RoutesDock::refreshContexts()
{
    QStringList contexts;
    QStringList labels;
    if (m_analysis) {
        for (const core::Node &node : m_analysis->topology().nodes) {
            const QString id = QString::fromStdString(node.id);
            if (const auto *network = node.as<core::VirtualNetwork>()) {
                for (const core::Subnet &subnet : network->subnets) {
                    contexts.append(id + QLatin1Char('/') + QString::fromStdString(subnet.name));
                    labels.append(m_names.endpoint(contexts.back().toStdString()));
                }
            } else if (isSpeaker(node.kind())) {
                contexts.append(id);
                labels.append((hasHubTable(node.kind()) ? tr("%1 (%2, route table)")
                                                        : tr("%1 (%2, BGP table)"))
                                  .arg(m_names.node(node.id), kindLabel(node.kind())));
            }
        }
    }
    QStringList current;
    QStringList currentLabels;
    for (int i = 0; i < m_contexts->count(); ++i) {
        current.append(m_contexts->itemData(i).toString());
        currentLabels.append(m_contexts->itemText(i));
    }
    if (current != contexts || currentLabels != labels) {
        const QSignalBlocker blocker(m_contexts);
        m_contexts->clear();
        for (qsizetype i = 0; i < contexts.size(); ++i)
            m_contexts->addItem(labels[i], contexts[i]);
    }
    // A context the design no longer has (a new design, a deleted subnet) is forgotten.
    if (!m_context.isEmpty() && !contexts.contains(m_context))
        m_context.clear();
    if (m_context.isEmpty() && !contexts.isEmpty()) {
        // Nothing selected yet: start with the first workload subnet, else the first context.
        const auto workload = std::find_if(contexts.begin(), contexts.end(), [](const QString &c) {
            return c.contains(QLatin1Char('/')) &&
                   !isServiceSubnet(c.section(QLatin1Char('/'), 1).toStdString());
        });
        m_context = workload != contexts.end() ? *workload : contexts.front();
    }
    selectContextInCombo();
}

void RoutesDock::selectContextInCombo()
{
    const QSignalBlocker blocker(m_contexts);
    m_contexts->setCurrentIndex(m_contexts->findData(m_context));
}

void RoutesDock::reloadRoutes()
{
    m_problem.clear();
    m_replayed = false;
    std::vector<core::RouteView> routes;
    if (const int speaker = replayedSpeaker(); speaker >= 0) {
        routes = tableRows(*m_replayAnalysis, speaker, m_replayTableOf(speaker));
        m_replayed = true;
    } else if (!m_analysis) {
        m_problem = tr("No analysis yet.");
    } else if (m_context.isEmpty()) {
        m_problem = tr("Select a subnet or a BGP speaker.");
    } else {
        auto result = core::routesAt(*m_analysis, m_context.toStdString());
        if (auto *found = std::get_if<std::vector<core::RouteView>>(&result))
            routes = std::move(*found);
        else
            m_problem = QString::fromStdString(std::get<std::string>(result));
    }
    m_model->setRoutes(std::move(routes), m_names);
    setWindowTitle(m_context.isEmpty() ? tr("Routes")
                                       : tr("Routes (%1)").arg(m_names.endpoint(m_context.toStdString())));
    updateStatus();
}

void RoutesDock::updateStatus()
{
    if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString routes = total == 1 ? tr("1 route") : tr("%1 routes").arg(total);
    QString text = shown == total ? routes : tr("%1 of %2 shown").arg(shown).arg(routes);
    // A secured hub's own table holds only the statics to its firewall (R10.6): say where
    // the rest went.
    if (m_analysis) {
        const core::Node *node = m_analysis->topology().node(m_context.toStdString());
        const auto *hub = node ? node->as<core::VirtualHub>() : nullptr;
        if (hub && hub->routingIntent && !hub->routingIntent->privateTraffic.empty())
            text += tr(". Private routing intent: what the hub learned is in %1's table")
                        .arg(m_names.node(hub->routingIntent->privateTraffic));
    }
    if (m_replayed)
        text = tr("%1, as of %2").arg(text, m_replayAsOf);
    else if (m_replayTableOf)
        text = tr("%1, final state (as of %2: BGP tables only)").arg(text, m_replayAsOf);
    m_status->setText(text);
}

} // namespace avsnet::ui
