// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "propagationdock.h"

#include "analysis/analysisrunner.h"
#include "fieldvalidation.h"
#include "propagationeventsmodel.h"
#include "scene/propagationmarker.h"
#include "document/wording.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace avsnet::ui {

namespace {

constexpr int fullAnimationMs = 400;

// The nodes that propagate routes: a hub's router speaks for its gateways (R10.1), and a
// Virtual WAN or a hub firewall speaks no BGP at all.
bool isSpeaker(const core::Node &node)
{
    const core::NodeKind kind = node.kind();
    return kind != core::NodeKind::Vnet && kind != core::NodeKind::Internet
           && kind != core::NodeKind::Vwan && kind != core::NodeKind::HubFirewall
           && node.parentHub().empty();
}

enum class Glyph { ToStart, StepBack, Play, Pause, StepForward, ToEnd };

// Drawn in the palette's button text colour: the style's media icons are dark glyphs that
// vanish in the dark theme.
QPixmap glyphPixmap(Glyph glyph, const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2); // drawn in 16 x 16, crisp at 200 %
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const auto left = [&](qreal x) {
        painter.drawPolygon(QPolygonF{{x + 5, 3}, {x + 5, 13}, {x, 8}});
    };
    const auto right = [&](qreal x) {
        painter.drawPolygon(QPolygonF{{x, 3}, {x, 13}, {x + 5, 8}});
    };
    const auto bar = [&](qreal x, qreal width = 2) {
        painter.drawRect(QRectF(x, 3, width, 10));
    };
    switch (glyph) {
    case Glyph::ToStart:
        bar(2);
        left(4);
        left(9);
        break;
    case Glyph::StepBack:
        left(4);
        bar(10);
        break;
    case Glyph::Play:
        painter.drawPolygon(QPolygonF{{4, 2}, {4, 14}, {13, 8}});
        break;
    case Glyph::Pause:
        bar(4, 3);
        bar(9, 3);
        break;
    case Glyph::StepForward:
        bar(4);
        right(7);
        break;
    case Glyph::ToEnd:
        right(2);
        right(7);
        bar(12);
        break;
    }
    return pixmap;
}

QIcon glyphIcon(Glyph glyph, const QPalette &palette)
{
    QIcon icon;
    icon.addPixmap(glyphPixmap(glyph, palette.color(QPalette::Active, QPalette::ButtonText)));
    icon.addPixmap(glyphPixmap(glyph, palette.color(QPalette::Disabled, QPalette::ButtonText)),
                   QIcon::Disabled);
    return icon;
}

} // namespace

// A timeline with its replay: the replay refers to the timeline, so they live and go
// together, also inside the table sources handed to the Routes dock.
struct PropagationDock::Replay
{
    explicit Replay(std::shared_ptr<const core::PropagationTimeline> recorded)
        : timeline(std::move(recorded))
        , replay(*timeline)
    {
    }

    std::shared_ptr<const core::PropagationTimeline> timeline;
    core::TimelineReplay replay;
};

PropagationDock::PropagationDock(AnalysisRunner *runner, QWidget *parent)
    : QDockWidget(parent)
    , m_model(new PropagationEventsModel(this))
    , m_playTimer(new QTimer(this))
    , m_toStart(new QToolButton)
    , m_back(new QToolButton)
    , m_play(new QToolButton)
    , m_forward(new QToolButton)
    , m_toEnd(new QToolButton)
    , m_speed(new QSpinBox)
    , m_nodeFilter(new QComboBox)
    , m_prefixFilter(new QLineEdit)
    , m_kindFilter(new QComboBox)
    , m_current(new QLabel)
    , m_view(new QTreeView)
    , m_status(new QLabel)
    , m_follow(new QCheckBox(tr("Routes dock shows the receiver's table")))
{
    setObjectName(QStringLiteral("propagationDock"));
    setWindowTitle(tr("Propagation"));

    m_current->setObjectName(QStringLiteral("currentEvent"));
    m_current->setWordWrap(true);
    m_current->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("status"));
    m_follow->setObjectName(QStringLiteral("followReceiver"));
    m_follow->setChecked(true);

    // Uniform rows: the view never measures them all, so 100,000 events list at once.
    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(PropagationEventsModel::NumberColumn, 56);
    m_view->setColumnWidth(PropagationEventsModel::KindColumn, 100);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());
    layout->addWidget(createFilterRow());
    layout->addWidget(m_current);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_follow);
    setWidget(content);

    // The keys of a simulator's step mode, while the focus is anywhere in the dock.
    const auto key = [content](Qt::Key key, auto slot, auto *receiver) {
        auto *shortcut = new QShortcut(QKeySequence(key), content);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, receiver, slot);
    };
    key(Qt::Key_Right, &PropagationDock::stepForward, this);
    key(Qt::Key_Left, &PropagationDock::stepBack, this);
    key(Qt::Key_Space, &PropagationDock::togglePlay, this);

    connect(m_playTimer, &QTimer::timeout, this, &PropagationDock::stepForward);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingView && current.isValid())
                    seek(m_model->eventAt(current.row()) + 1);
            });
    connect(&m_watcher, &QFutureWatcher<Recording>::finished, this, [this] {
        adopt(m_watcher.result());
        record(); // a newer analysis may have arrived meanwhile
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            engage();
        emit stateChanged(); // a hidden step-through leaves the Routes dock to the analysis
    });
    // Hiding from the Docks menu closes the step-through, as the close button does; hiding by
    // presenter mode does not.
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            disengage();
    });
    connect(runner, &AnalysisRunner::panelsDue, this, &PropagationDock::setAnalysis);

    setAnalysis(runner->analysis());
    showPosition();
}

PropagationDock::~PropagationDock()
{
    m_watcher.waitForFinished();
}

QWidget *PropagationDock::createControls()
{
    const struct
    {
        QToolButton *button;
        const char *name;
        Glyph glyph;
        QString tip;
        void (PropagationDock::*slot)();
    } buttons[] = {
        {m_toStart, "toStart", Glyph::ToStart, tr("To the start"), &PropagationDock::toStart},
        {m_back, "stepBack", Glyph::StepBack, tr("Step back (Left)"), &PropagationDock::stepBack},
        {m_play, "play", Glyph::Play, tr("Play or pause (Space)"), &PropagationDock::togglePlay},
        {m_forward, "stepForward", Glyph::StepForward, tr("Step forward (Right)"),
         &PropagationDock::stepForward},
        {m_toEnd, "toEnd", Glyph::ToEnd, tr("To the end"), &PropagationDock::toEnd},
    };
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &entry : buttons) {
        entry.button->setObjectName(QLatin1String(entry.name));
        entry.button->setProperty("glyph", int(entry.glyph));
        entry.button->setToolTip(entry.tip);
        entry.button->setAutoRaise(true);
        connect(entry.button, &QToolButton::clicked, this, entry.slot);
        layout->addWidget(entry.button);
    }
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(1, 20);
    m_speed->setValue(4);
    m_speed->setSuffix(tr(" events/s"));
    m_speed->setToolTip(tr("How many events play per second"));
    connect(m_speed, &QSpinBox::valueChanged, this,
            [this](int perSecond) { m_playTimer->setInterval(1000 / perSecond); });
    m_playTimer->setInterval(1000 / m_speed->value());
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Speed:")));
    layout->addWidget(m_speed);
    layout->addStretch();
    updateIcons();
    return row;
}

void PropagationDock::updateIcons()
{
    for (QToolButton *button : {m_toStart, m_back, m_play, m_forward, m_toEnd}) {
        auto glyph = Glyph(button->property("glyph").toInt());
        if (button == m_play && isPlaying())
            glyph = Glyph::Pause;
        button->setIcon(glyphIcon(glyph, palette()));
    }
}

void PropagationDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons(); // the theme changed
}

QWidget *PropagationDock::createFilterRow()
{
    m_nodeFilter->setObjectName(QStringLiteral("nodeFilter"));
    m_nodeFilter->setToolTip(tr("Only events this node sends or receives"));
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nodeFilter->setMinimumContentsLength(10);
    m_nodeFilter->addItem(tr("All nodes"), QString());

    m_prefixFilter->setObjectName(QStringLiteral("prefixFilter"));
    m_prefixFilter->setPlaceholderText(tr("Prefix, e.g. 10.1.0.0/16"));
    m_prefixFilter->setToolTip(tr("Only events about this prefix"));
    m_prefixFilter->setClearButtonEnabled(true);
    // markField() sets "fieldState"; a property selector re-evaluates on re-polish.
    m_prefixFilter->setStyleSheet(
        QStringLiteral("QLineEdit[fieldState=\"invalid\"] { border: 1px solid #d32f2f; }"));

    using Kind = core::PropagationEvent::Kind;
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), -1);
    for (const Kind kind :
         {Kind::Originate, Kind::Advertise, Kind::Withdraw, Kind::Refuse, Kind::SessionDown})
        m_kindFilter->addItem(propagationKindName(kind), int(kind));

    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this, &PropagationDock::applyFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &PropagationDock::applyFilter);
    connect(m_prefixFilter, &QLineEdit::textChanged, this, &PropagationDock::applyFilter);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Only:")));
    layout->addWidget(m_nodeFilter, 1);
    layout->addWidget(m_prefixFilter, 1);
    layout->addWidget(m_kindFilter);
    return row;
}

std::shared_ptr<const core::PropagationTimeline> PropagationDock::timeline() const
{
    return m_replay ? m_replay->timeline : nullptr;
}

bool PropagationDock::isRecording() const
{
    return m_watcher.isRunning();
}

std::size_t PropagationDock::step() const
{
    return m_replay ? m_replay->replay.step() : 0;
}

std::size_t PropagationDock::eventCount() const
{
    return m_replay ? m_replay->timeline->size() : 0;
}

std::optional<core::TimelineEvent> PropagationDock::currentEvent() const
{
    if (!m_replay || step() == 0)
        return std::nullopt;
    return m_replay->timeline->event(step() - 1);
}

bool PropagationDock::isStepping() const
{
    return m_engaged && m_replay && isVisible() && !atEnd();
}

std::function<core::BgpTable(int node)> PropagationDock::tableSource() const
{
    if (!m_replay)
        return {};
    return [replay = m_replay](int node) {
        return replay->replay.table(node);
    };
}

bool PropagationDock::followsReceiver() const
{
    return m_follow->isChecked();
}

int PropagationDock::animationMs() const
{
    if (!m_newEvent)
        return 0; // the same event again (a re-recording after a move): no replay of the move
    // Playing fast, an event must arrive before the next one starts.
    return isPlaying() ? std::min(fullAnimationMs, m_playTimer->interval() * 4 / 5)
                       : fullAnimationMs;
}

int PropagationDock::speed() const
{
    return m_speed->value();
}

void PropagationDock::setSpeed(int eventsPerSecond)
{
    m_speed->setValue(eventsPerSecond);
}

bool PropagationDock::isPlaying() const
{
    return m_playTimer->isActive();
}

void PropagationDock::setAnalysis(const std::shared_ptr<const core::Analysis> &analysis)
{
    m_wanted = analysis ? analysis->sharedTopology() : nullptr;
    record();
}

void PropagationDock::engage()
{
    if (m_engaged)
        return;
    m_engaged = true;
    record();
    emit stateChanged();
}

void PropagationDock::disengage()
{
    if (!m_engaged)
        return;
    m_engaged = false;
    pause();
    emit stateChanged();
}

void PropagationDock::closeEvent(QCloseEvent *event)
{
    QDockWidget::closeEvent(event);
    if (event->isAccepted())
        disengage();
}

void PropagationDock::record()
{
    // Only an open step-through pays for recording (a large design takes half a second).
    if (!m_engaged || !m_wanted || m_watcher.isRunning())
        return;
    if (m_wanted == m_recorded)
        return;
    const std::shared_ptr<const core::Topology> topology = m_wanted;
    m_watcher.setFuture(QtConcurrent::run([topology] {
        QElapsedTimer timer;
        timer.start();
        auto timeline
            = std::make_shared<const core::PropagationTimeline>(core::recordPropagation(topology));
        return Recording{std::move(timeline), topology, double(timer.nsecsElapsed()) / 1e6};
    }));
    updateStatus();
}

void PropagationDock::adopt(const Recording &recording)
{
    // Keep the step across edits when the new timeline still has it; at the end stays at
    // the end.
    const std::size_t oldStep = step();
    const bool wasAtEnd = m_replay && oldStep > 0 && atEnd();
    m_replay = std::make_shared<Replay>(recording.timeline);
    m_recorded = recording.topology;
    m_recordingMs = recording.ms;
    const std::size_t count = eventCount();
    m_replay->replay.seek(wasAtEnd ? count : oldStep <= count ? oldStep : 0);
    refreshNodeFilter();
    applyFilter();
}

void PropagationDock::refreshNodeFilter()
{
    QStringList ids;
    for (const core::Node &node : m_replay->timeline->analysis().topology().nodes) {
        if (isSpeaker(node))
            ids.append(QString::fromStdString(node.id));
    }
    ids.sort();
    QStringList current;
    for (int i = 1; i < m_nodeFilter->count(); ++i)
        current.append(m_nodeFilter->itemData(i).toString());
    if (current == ids)
        return;
    const QString chosen = m_nodeFilter->currentData().toString();
    const QSignalBlocker blocker(m_nodeFilter);
    while (m_nodeFilter->count() > 1)
        m_nodeFilter->removeItem(1);
    for (const QString &id : std::as_const(ids))
        m_nodeFilter->addItem(id, id);
    m_nodeFilter->setCurrentIndex(std::max(0, m_nodeFilter->findData(chosen)));
}

void PropagationDock::applyFilter()
{
    const FieldCheck check = checkPrefix(m_prefixFilter->text(), -1, true);
    markField(m_prefixFilter, check);
    if (!m_replay) {
        updateStatus();
        return;
    }
    core::TimelineFilter filter;
    filter.nodeId = m_nodeFilter->currentData().toString().toStdString();
    if (!check.isInvalid())
        filter.prefix = parsePrefix(m_prefixFilter->text()); // nullopt when empty
    if (const int kind = m_kindFilter->currentData().toInt(); kind >= 0)
        filter.kind = core::PropagationEvent::Kind(kind);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setEvents(m_replay->timeline, m_replay->timeline->find(filter));
    }
    showPosition();
}

std::optional<std::size_t> PropagationDock::nextListed(std::size_t event) const
{
    const auto &listed = m_model->events();
    const auto found = std::lower_bound(listed.begin(), listed.end(), event);
    if (found == listed.end())
        return std::nullopt;
    return *found;
}

void PropagationDock::stepForward()
{
    engage();
    // The current event is step() - 1, so the next one to apply is event step().
    const auto next = m_replay ? nextListed(step()) : std::nullopt;
    if (next)
        seek(*next + 1);
    if (!m_replay || !nextListed(step()))
        pause(); // nothing more to play
}

void PropagationDock::stepBack()
{
    engage();
    if (!m_replay || step() == 0)
        return;
    // Back to just after the listed event before the current one, or to the start.
    const auto &listed = m_model->events();
    const auto current = std::lower_bound(listed.begin(), listed.end(), step() - 1);
    seek(current == listed.begin() ? 0 : *(current - 1) + 1);
}

void PropagationDock::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PropagationDock::play()
{
    engage();
    if (!m_replay || m_model->events().empty())
        return;
    if (!nextListed(step()))
        seek(0); // played to the end: play again from the start
    m_playTimer->start();
    updateStatus();
}

void PropagationDock::pause()
{
    m_playTimer->stop();
    updateStatus();
}

void PropagationDock::toStart()
{
    seek(0);
}

void PropagationDock::toEnd()
{
    seek(eventCount());
}

void PropagationDock::seek(std::size_t target)
{
    engage();
    if (!m_replay)
        return;
    m_replay->replay.seek(target);
    showPosition();
}

void PropagationDock::showPosition()
{
    const std::size_t position = step();
    m_model->setPosition(position);
    {
        // Highlight the current event's row without that selection seeking again.
        const QScopedValueRollback guard(m_syncingView, true);
        const int row = position > 0 ? m_model->rowOf(position - 1) : -1;
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                 | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
        } else {
            m_view->selectionModel()->clear();
        }
    }
    const auto event = currentEvent();
    QString shown;
    if (event)
        shown = QStringLiteral("%1 %2").arg(position).arg(event->description.c_str());
    m_newEvent = shown != m_shownEvent;
    m_shownEvent = shown;
    if (event)
        m_current->setText(QString::fromStdString(event->description));
    else if (m_replay)
        m_current->setText(tr("Before the first event: no speaker knows a route yet."));
    else
        m_current->clear();
    updateStatus();
    emit stateChanged();
}

void PropagationDock::updateStatus()
{
    const bool recorded = m_replay != nullptr;
    const bool listed = recorded && !m_model->events().empty();
    m_toStart->setEnabled(recorded && step() > 0);
    m_back->setEnabled(recorded && step() > 0);
    m_forward->setEnabled(listed && nextListed(step()).has_value());
    m_toEnd->setEnabled(recorded && !atEnd());
    m_play->setEnabled(listed);
    // Of the glyphs only the play button's depends on the state.
    m_play->setIcon(glyphIcon(isPlaying() ? Glyph::Pause : Glyph::Play, palette()));

    if (!recorded) {
        m_status->setText(isRecording() ? tr("Recording the propagation…")
                                        : tr("No analysis yet."));
        return;
    }
    QString text = tr("Step %1 of %2").arg(step()).arg(eventCount());
    if (m_model->events().size() != eventCount())
        text += tr(" · %1 listed").arg(counted(qsizetype(m_model->events().size()), tr("event"), tr("events")));
    if (atEnd())
        text += tr(" · the end: every table is the analysis' own");
    if (isRecording())
        text += tr(" · recording the new design…");
    m_status->setText(text);
    m_status->setToolTip(tr("Recorded in %1 ms").arg(m_recordingMs, 0, 'f', 1));
}

} // namespace avsnet::ui
