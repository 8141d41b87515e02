// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracedock.h"

#include "analysis/analysisrunner.h"
#include "analysis/panelfeed.h"
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
    box->lineEdit()->setPlaceholderText(QObject::tr("a name, NAME / SUBNET or an address"));
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

QString dropText(const core::TraceDrop &drop, const DisplayNames &names)
{
    QString place = names.node(drop.node);
    if (!drop.at.empty() && drop.at != drop.node)
        place += QStringLiteral(" (%1)").arg(names.endpoint(drop.at));
    return QObject::tr("dropped at %1: %2").arg(place, names.text(drop.reason));
}

QString endpointText(const core::Endpoint &endpoint, const DisplayNames &names)
{
    const QString ip = QString::fromStdString(endpoint.ip.toString());
    if (endpoint.place.label.empty())
        return ip;
    return QStringLiteral("%1 (%2)").arg(names.endpoint(endpoint.place.label), ip);
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
    m_hops->header()->setStretchLastSection(true);

    // One row of controls, so the hops below get the dock's height.
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("From:")), 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(new QLabel(tr("To:")), 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(traceButton, 0, 4);
    grid->addWidget(swapButton, 0, 5);
    grid->addWidget(clearButton, 0, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(grid);
    layout->addWidget(m_verdict);
    layout->addWidget(m_endpoints);
    layout->addWidget(m_hops, 1);
    setWidget(content);

    connect(traceButton, &QPushButton::clicked, this, &TraceDock::startTrace);
    connect(swapButton, &QPushButton::clicked, this, &TraceDock::swapEndpoints);
    connect(clearButton, &QPushButton::clicked, this, &TraceDock::clear);
    connect(m_from->lineEdit(), &QLineEdit::returnPressed, this, &TraceDock::startTrace);
    connect(m_to->lineEdit(), &QLineEdit::returnPressed, this, &TraceDock::startTrace);
    connect(m_hops, &QTreeWidget::itemClicked, this, &TraceDock::activateHop);
    connect(m_hops, &QTreeWidget::itemActivated, this, &TraceDock::activateHop);
    connect(trace, &TraceController::traceChanged, this, &TraceDock::showTrace);
    // The endpoint lists follow the design once the canvas shows the edit; the trace itself
    // follows at once (showTrace).
    new PanelFeed(runner, this, [this](const auto &analysis) { setAnalysis(analysis); });
    showTrace();
}

QString TraceDock::endpointOf(const QComboBox *box) const
{
    // A listed entry stands for its id; typed text may be a name, an id or an address.
    const QString shown = box->currentText().trimmed();
    const int index = box->findText(shown, Qt::MatchFixedString);
    if (index >= 0)
        return box->itemData(index).toString();
    return m_names.endpointId(shown);
}

QString TraceDock::from() const
{
    return endpointOf(m_from);
}

QString TraceDock::to() const
{
    return endpointOf(m_to);
}

QString TraceDock::verdict() const
{
    return m_verdict->text();
}

void TraceDock::setFrom(const QString &endpoint)
{
    m_from->setCurrentText(m_names.endpoint(endpoint.toStdString()));
}

void TraceDock::setTo(const QString &endpoint)
{
    m_to->setCurrentText(m_names.endpoint(endpoint.toStdString()));
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
    // What the boxes stand for, read with the old names before they change.
    const QString from = this->from();
    const QString to = this->to();
    m_names = DisplayNames::of(analysis.get());
    QStringList endpoints;
    QStringList labels;
    if (analysis) {
        for (const auto &endpoint : core::matrixEndpoints(*analysis)) {
            endpoints.append(text(endpoint));
            labels.append(m_names.endpoint(endpoint));
        }
    }
    for (QComboBox *box : {m_from, m_to}) {
        QStringList current;
        QStringList currentLabels;
        for (int i = 0; i < box->count(); ++i) {
            current.append(box->itemData(i).toString());
            currentLabels.append(box->itemText(i));
        }
        const QString endpoint = box == m_from ? from : to;
        const QSignalBlocker blocker(box);
        if (current != endpoints || currentLabels != labels) {
            box->clear();
            for (qsizetype i = 0; i < endpoints.size(); ++i)
                box->addItem(labels[i], endpoints[i]);
        }
        // Refilling keeps what the box stood for, under its new name.
        box->setCurrentText(endpoint.isEmpty() ? QString() : m_names.endpoint(endpoint.toStdString()));
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
    // The names of the design just traced: the endpoint lists may not have caught up yet.
    if (m_trace->analysis())
        m_names = DisplayNames::of(m_trace->analysis().get());
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
        setVerdict(dropText(*result->forward.dropped, m_names), droppedColour);
    else if (result->back.dropped)
        setVerdict(tr("return path %1").arg(dropText(*result->back.dropped, m_names)),
                   droppedColour);
    else
        setVerdict(tr("not delivered"), droppedColour);
    m_endpoints->setText(
        QStringLiteral("%1 → %2").arg(endpointText(result->from, m_names),
                                      endpointText(result->to, m_names)));
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
        item->setText(NodeColumn, m_names.node(hop.node));
        item->setData(NodeColumn, Qt::UserRole, text(hop.node));
        item->setText(AtColumn, hop.at.empty() ? QString() : m_names.endpoint(hop.at));
        if (!hop.route) {
            item->setText(PrefixColumn, tr("(delivered)"));
            continue;
        }
        const core::RouteView &route = *hop.route;
        item->setText(PrefixColumn, text(route.prefix));
        item->setText(
            NextHopColumn,
            QStringLiteral("%1 %2").arg(text(route.nextHopType), m_names.node(route.nextHop)).trimmed());
        item->setText(SourceColumn, m_names.text(route.source));
        item->setText(AsPathColumn, asPathText(route.asPath));
    }
    if (path.dropped) {
        auto *item = new QTreeWidgetItem(top);
        item->setText(NodeColumn, dropText(*path.dropped, m_names));
        item->setToolTip(NodeColumn, dropText(*path.dropped, m_names));
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
