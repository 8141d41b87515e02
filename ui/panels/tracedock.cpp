// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracedock.h"

#include "analysis/analysisrunner.h"
#include "analysis/reachabilitymatrix.h"
#include "analysis/tracecontroller.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace avsnet::ui {

namespace {

enum HopColumn { NodeColumn, AtColumn, PrefixColumn, NextHopColumn, SourceColumn, AsPathColumn };

constexpr QLatin1String reachableColour("#2e7d32");
constexpr QLatin1String droppedColour("#c62828");

QComboBox *endpointBox(const QString &name)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->setEditable(true);
    // Typing an address must not grow the list of endpoints.
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(16);
    box->lineEdit()->setPlaceholderText(QObject::tr("address, VNET/SUBNET or node id"));
    return box;
}

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString asPathText(const std::vector<core::Asn> &asPath)
{
    QStringList asns;
    for (const core::Asn asn : asPath)
        asns.append(QString::number(asn));
    return asns.join(QLatin1Char(' '));
}

QString dropText(const core::TraceDrop &drop)
{
    QString place = text(drop.node);
    if (!drop.at.empty() && drop.at != drop.node)
        place += QStringLiteral(" (%1)").arg(text(drop.at));
    return QObject::tr("dropped at %1: %2").arg(place, text(drop.reason));
}

QString endpointText(const core::Endpoint &endpoint)
{
    const QString ip = QString::fromStdString(endpoint.ip.toString());
    if (endpoint.place.label.empty())
        return ip;
    return QStringLiteral("%1 (%2)").arg(ip, text(endpoint.place.label));
}

} // namespace

TraceDock::TraceDock(AnalysisRunner *runner, TraceController *trace, QWidget *parent)
    : QDockWidget(parent)
    , m_trace(trace)
    , m_from(endpointBox(QStringLiteral("from")))
    , m_to(endpointBox(QStringLiteral("to")))
    , m_verdict(new QLabel)
    , m_endpoints(new QLabel)
    , m_hops(new QTreeWidget)
{
    setObjectName(QStringLiteral("traceDock"));
    setWindowTitle(tr("Trace"));

    auto *traceButton = new QPushButton(tr("Trace"));
    traceButton->setObjectName(QStringLiteral("traceButton"));
    auto *swapButton = new QPushButton(tr("Swap"));
    swapButton->setObjectName(QStringLiteral("swapButton"));
    auto *clearButton = new QPushButton(tr("Clear"));
    clearButton->setObjectName(QStringLiteral("clearButton"));

    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpoints->setObjectName(QStringLiteral("endpoints"));
    m_endpoints->setWordWrap(true);

    m_hops->setObjectName(QStringLiteral("hops"));
    m_hops->setHeaderLabels(
        {tr("Node"), tr("At"), tr("Prefix"), tr("Next hop"), tr("Source"), tr("AS path")});
    m_hops->setUniformRowHeights(true);
    m_hops->setAlternatingRowColors(true);
    m_hops->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("From:")), 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(traceButton, 0, 2);
    grid->addWidget(swapButton, 0, 3);
    grid->addWidget(new QLabel(tr("To:")), 1, 0);
    grid->addWidget(m_to, 1, 1);
    grid->addWidget(clearButton, 1, 2, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_hops);
    setWidget(content);

    connect(traceButton, &QPushButton::clicked, this, &TraceDock::startTrace);
    connect(swapButton, &QPushButton::clicked, this, &TraceDock::swapEndpoints);
    connect(clearButton, &QPushButton::clicked, this, &TraceDock::clear);
    connect(m_from->lineEdit(), &QLineEdit::returnPressed, this, &TraceDock::startTrace);
    connect(m_to->lineEdit(), &QLineEdit::returnPressed, this, &TraceDock::startTrace);
    connect(m_hops, &QTreeWidget::itemClicked, this, &TraceDock::activateHop);
    connect(m_hops, &QTreeWidget::itemActivated, this, &TraceDock::activateHop);
    connect(runner, &AnalysisRunner::analysisReady, this, &TraceDock::setAnalysis);
    connect(trace, &TraceController::traceChanged, this, &TraceDock::showTrace);

    setAnalysis(runner->analysis());
    showTrace();
}

QString TraceDock::from() const
{
    return m_from->currentText().trimmed();
}

QString TraceDock::to() const
{
    return m_to->currentText().trimmed();
}

QString TraceDock::verdict() const
{
    return m_verdict->text();
}

void TraceDock::setFrom(const QString &endpoint)
{
    m_from->setCurrentText(endpoint);
}

void TraceDock::setTo(const QString &endpoint)
{
    m_to->setCurrentText(endpoint);
}

void TraceDock::startTrace()
{
    m_trace->setEndpoints(from(), to());
}

void TraceDock::swapEndpoints()
{
    const QString oldFrom = from();
    setFrom(to());
    setTo(oldFrom);
    if (!from().isEmpty() && !to().isEmpty())
        startTrace();
}

void TraceDock::clear()
{
    setFrom({});
    setTo({});
    m_trace->clear();
}

void TraceDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    QStringList endpoints;
    if (analysis) {
        for (const auto &endpoint : core::matrixEndpoints(*analysis))
            endpoints.append(text(endpoint));
    }
    for (QComboBox *box : {m_from, m_to}) {
        QStringList current;
        for (int i = 0; i < box->count(); ++i)
            current.append(box->itemText(i));
        if (current == endpoints)
            continue;
        // Refilling must keep what the user typed.
        const QString typed = box->currentText();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(endpoints);
        box->setCurrentText(typed);
    }
}

void TraceDock::setVerdict(const QString &verdict, QLatin1String colour)
{
    m_verdict->setText(verdict);
    m_verdict->setStyleSheet(
        colour.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold").arg(colour));
}

void TraceDock::showTrace()
{
    // Follow the controller when someone else (the matrix, an intent) set the endpoints.
    if (m_trace->isActive()) {
        if (from() != m_trace->from())
            setFrom(m_trace->from());
        if (to() != m_trace->to())
            setTo(m_trace->to());
    }
    m_hops->clear();
    m_endpoints->clear();
    const auto &result = m_trace->result();
    if (!m_trace->isActive()) {
        setVerdict({}, QLatin1String());
        return;
    }
    if (!result) {
        setVerdict(m_trace->problem().isEmpty() ? tr("waiting for the analysis…")
                                                : m_trace->problem(),
                   m_trace->problem().isEmpty() ? QLatin1String() : droppedColour);
        return;
    }
    if (result->reachable())
        setVerdict(tr("reachable"), reachableColour);
    else if (result->forward.dropped)
        setVerdict(dropText(*result->forward.dropped), droppedColour);
    else if (result->back.dropped)
        setVerdict(tr("return path %1").arg(dropText(*result->back.dropped)), droppedColour);
    else
        setVerdict(tr("not delivered"), droppedColour);
    m_endpoints->setText(
        QStringLiteral("%1 → %2").arg(endpointText(result->from), endpointText(result->to)));
    addPath(tr("Forward"), result->forward);
    addPath(tr("Return"), result->back);
    m_hops->expandAll();
}

void TraceDock::addPath(const QString &title, const core::PathTrace &path)
{
    auto *top = new QTreeWidgetItem(m_hops);
    top->setText(NodeColumn,
                 path.delivered ? tr("%1: delivered").arg(title) : tr("%1: dropped").arg(title));
    top->setForeground(NodeColumn, QColor(path.delivered ? reachableColour : droppedColour));
    top->setFirstColumnSpanned(true);
    for (const core::TraceHop &hop : path.hops) {
        auto *item = new QTreeWidgetItem(top);
        item->setText(NodeColumn, text(hop.node));
        item->setData(NodeColumn, Qt::UserRole, text(hop.node));
        item->setText(AtColumn, text(hop.at));
        if (!hop.route) {
            item->setText(PrefixColumn, tr("(delivered)"));
            continue;
        }
        const core::RouteView &route = *hop.route;
        item->setText(PrefixColumn, text(route.prefix));
        item->setText(
            NextHopColumn,
            QStringLiteral("%1 %2").arg(text(route.nextHopType), text(route.nextHop)).trimmed());
        item->setText(SourceColumn, text(route.source));
        item->setText(AsPathColumn, asPathText(route.asPath));
    }
    if (path.dropped) {
        auto *item = new QTreeWidgetItem(top);
        item->setText(NodeColumn, dropText(*path.dropped));
        item->setToolTip(NodeColumn, dropText(*path.dropped));
        item->setData(NodeColumn, Qt::UserRole, text(path.dropped->node));
        item->setForeground(NodeColumn, QColor(droppedColour));
        item->setFirstColumnSpanned(true);
    }
}

void TraceDock::activateHop(QTreeWidgetItem *item)
{
    const QString node = item ? item->data(NodeColumn, Qt::UserRole).toString() : QString();
    if (!node.isEmpty())
        emit hopActivated(node);
}

} // namespace avsnet::ui
