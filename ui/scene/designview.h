// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace avsnet::ui {

// The canvas view: zoom with the wheel (around the cursor) and keys, fit to window, pan with
// the middle button or Space + drag, rubber-band selection with the left button.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DesignView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    // What a design opens with: fitted to the window, but never below a zoom whose text reads.
    void showDesign();

signals:
    void zoomChanged(qreal zoom);
    // A frame of the canvas was drawn (the docks wait for the one that shows an edit).
    void painted();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void zoomBy(qreal factor);

    // The design was fitted and the user has not zoomed since: a resize (a dock shown, the
    // window maximised) fits it again, as image viewers keep "fit" mode.
    // Fits the design into the view (Fit to Window's work, without choosing the mode).
    void fitDesign();

    bool m_fitted = false;
    // Fitted by showDesign(): a resize refits but never below the readable zoom either.
    bool m_keepReadable = false;
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
};

} // namespace avsnet::ui
