// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "diagramprint.h"
#include "diagramrenderer.h"
#include "offscreendesign.h"
#include "document/wording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace avsnet::ui {

namespace {

constexpr std::array exportFormats{DiagramFormat::Svg,    DiagramFormat::Png, DiagramFormat::Pdf,
                                   DiagramFormat::Drawio, DiagramFormat::Dot, DiagramFormat::Mermaid};

bool isImage(DiagramFormat format)
{
    return format == DiagramFormat::Svg || format == DiagramFormat::Png
           || format == DiagramFormat::Pdf;
}

QString formatLabel(DiagramFormat format)
{
    switch (format) {
    case DiagramFormat::Svg:
        return ExportDialog::tr("SVG (vector, searchable text)");
    case DiagramFormat::Png:
        return ExportDialog::tr("PNG (image)");
    case DiagramFormat::Pdf:
        return ExportDialog::tr("PDF (page with title block)");
    case DiagramFormat::Drawio:
        return ExportDialog::tr("draw.io (editable diagram)");
    case DiagramFormat::Dot:
        return ExportDialog::tr("Graphviz DOT (text)");
    case DiagramFormat::Mermaid:
        return ExportDialog::tr("Mermaid flowchart (text)");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Context context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Diagram"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    buildForm();
    updateEnabledState();
    refreshPreview();
    resize(1000, 640);
}

void ExportDialog::buildForm()
{
    m_format = new QComboBox;
    for (const DiagramFormat format : exportFormats)
        m_format->addItem(formatLabel(format), int(format));

    m_whole = new QRadioButton(tr("Whole design"));
    m_selection = new QRadioButton(tr("Selection (%1)").arg(
        counted(m_context.selectedIds.size(), tr("item"), tr("items"))));
    m_whole->setChecked(true);
    m_selection->setEnabled(!m_context.selectedIds.isEmpty());
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_whole);
    scope->addWidget(m_selection);

    m_light = new QCheckBox(tr("Light theme (for print)"));
    m_light->setChecked(true);
    const bool hasTrace = !m_context.traceFrom.isEmpty() && !m_context.traceTo.isEmpty();
    m_trace = new QCheckBox(hasTrace ? tr("Current trace (%1 → %2)").arg(m_context.traceFrom, m_context.traceTo)
                                     : tr("Current trace (none set)"));
    m_trace->setChecked(hasTrace);
    m_trace->setEnabled(hasTrace);
    m_findings = new QCheckBox(tr("Finding badges"));
    m_findings->setChecked(true);
    m_legend = new QCheckBox(tr("Legend"));
    m_legend->setChecked(true);

    m_scale = new QDoubleSpinBox;
    m_scale->setRange(0.5, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_pageSize = new QComboBox;
    for (const auto id : {QPageSize::A4, QPageSize::A3, QPageSize::A5, QPageSize::Letter,
                          QPageSize::Legal, QPageSize::Tabloid})
        m_pageSize->addItem(QPageSize::name(id), int(id));
    m_orientation = new QComboBox;
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Draw:"), scope);
    form->addRow(QString(), m_light);
    form->addRow(QString(), m_trace);
    form->addRow(QString(), m_findings);
    form->addRow(QString(), m_legend);
    form->addRow(tr("PNG &scale:"), m_scale);
    form->addRow(tr("&Page:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);

    m_previewLabel = new QLabel;
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(480, 360);
    m_previewText = new QPlainTextEdit;
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview = new QStackedWidget;
    m_preview->addWidget(m_previewLabel);
    m_preview->addWidget(m_previewText);
    auto *previewBox = new QGroupBox(tr("Preview"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    previewLayout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(previewBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (QCheckBox *box : {m_light, m_trace, m_findings, m_legend})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_whole, &QRadioButton::toggled, this, &ExportDialog::schedulePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabledState();
        schedulePreview();
    });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
}

DiagramFormat ExportDialog::format() const
{
    return DiagramFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(DiagramFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

DiagramOptions ExportDialog::options() const
{
    DiagramOptions options;
    if (m_selection->isChecked())
        options.onlyIds = m_context.selectedIds;
    options.dark = !m_light->isChecked();
    if (m_trace->isChecked()) {
        options.traceFrom = m_context.traceFrom;
        options.traceTo = m_context.traceTo;
    }
    options.findings = m_findings->isChecked();
    options.legend = m_legend->isChecked();
    options.pngScale = m_scale->value();
    options.pageSize = QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return options;
}

void ExportDialog::updateEnabledState()
{
    const DiagramFormat current = format();
    const bool image = isImage(current);
    // Text formats carry no theme, badges or legend: their reader's tool draws them.
    m_light->setEnabled(image);
    m_findings->setEnabled(image);
    m_legend->setEnabled(image);
    m_scale->setEnabled(current == DiagramFormat::Png);
    m_pageSize->setEnabled(current == DiagramFormat::Pdf);
    m_orientation->setEnabled(current == DiagramFormat::Pdf);
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

QString ExportDialog::previewText() const
{
    return m_previewText->toPlainText();
}

void ExportDialog::refreshPreview()
{
    const DiagramOptions current = options();
    if (!isImage(format())) {
        QString error;
        const auto bytes = exportDiagram(m_context.topology, format(), current, &error);
        m_preview->setCurrentWidget(m_previewText);
        m_previewText->setPlainText(bytes ? QString::fromUtf8(*bytes) : error);
        m_status->setText(bytes ? tr("%1 of text.").arg(counted(bytes->count('\n'), tr("line"), tr("lines")))
                                : error);
        return;
    }
    const OffscreenDesign design(m_context.topology, current);
    const DiagramRenderer renderer(design);
    const QSize box = m_previewLabel->size().expandedTo(QSize(480, 360));
    if (format() == DiagramFormat::Pdf) {
        // The page as it will print: white paper, title block, the diagram fitted.
        const QSizeF paper = current.pageSize.size(QPageSize::Point);
        const QSizeF page = current.orientation == QPageLayout::Landscape ? paper.transposed() : paper;
        const QSizeF shown = page.scaled(QSizeF(box), Qt::KeepAspectRatio);
        m_previewImage = QImage(shown.toSize(), QImage::Format_ARGB32_Premultiplied);
        m_previewImage.fill(Qt::white);
        QPainter painter(&m_previewImage);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.paint(&painter, QRectF(QPointF(0, 0), shown).adjusted(12, 40, -12, -12));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(12, 8, shown.width() - 24, 28), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::fromStdString(m_context.topology.name));
    } else {
        const QSizeF size = renderer.size();
        const qreal scale = std::min(box.width() / size.width(), box.height() / size.height());
        m_previewImage = renderer.toImage(scale);
    }
    m_preview->setCurrentWidget(m_previewLabel);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_previewImage));
    const QSizeF pixels = renderer.size() * current.pngScale;
    QString status = format() == DiagramFormat::Png
                         ? tr("%1 × %2 pixels.").arg(qRound(pixels.width())).arg(qRound(pixels.height()))
                         : QString();
    if (const QString problem = design.traceProblem(); !problem.isEmpty())
        status += (status.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Trace: %1").arg(problem);
    m_status->setText(status);
}

QString ExportDialog::exportTo(const QString &filePath)
{
    const QString problem = writeDiagram(m_context.topology, format(), options(), filePath);
    if (problem.isEmpty())
        emit exported(filePath);
    return problem;
}

void ExportDialog::chooseFileAndExport()
{
    const QFileInfo design(m_context.suggestedPath);
    const QString stem = design.completeBaseName().isEmpty()
                             ? QString::fromStdString(m_context.topology.name).simplified()
                             : design.completeBaseName();
    const QString folder = design.absolutePath().isEmpty() ? QString() : design.absolutePath();
    const QString proposal = QDir(folder).filePath(
        (stem.isEmpty() ? QStringLiteral("design") : stem) + QLatin1Char('.') + formatSuffix(format()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), proposal,
                                                      formatFilter(format()));
    if (path.isEmpty())
        return;
    const QString problem = exportTo(path);
    if (!problem.isEmpty()) {
        m_status->setText(tr("Not exported: %1").arg(problem));
        return;
    }
    accept();
}

void ExportDialog::print()
{
    if (const QString problem = printDiagram(this, m_context.topology, options()); !problem.isEmpty())
        m_status->setText(problem);
}

} // namespace avsnet::ui
