# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'door_outcomes.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_DoorOutcomeWidget(object):
    def setupUi(self, DoorOutcomeWidget):
        if not DoorOutcomeWidget.objectName():
            DoorOutcomeWidget.setObjectName(u"DoorOutcomeWidget")
        DoorOutcomeWidget.resize(1366, 768)
        self.mainLayout = QVBoxLayout(DoorOutcomeWidget)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setSpacing(8)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.roundLabel = QLabel(DoorOutcomeWidget)
        self.roundLabel.setObjectName(u"roundLabel")

        self.choiceLayout.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(DoorOutcomeWidget)
        self.roundCombo.setObjectName(u"roundCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roundCombo.sizePolicy().hasHeightForWidth())
        self.roundCombo.setSizePolicy(sizePolicy)
        self.roundCombo.setMinimumContentsLength(18)
        self.roundCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.choiceLayout.addWidget(self.roundCombo)

        self.choiceGap1 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceGap1)

        self.eveningLabel = QLabel(DoorOutcomeWidget)
        self.eveningLabel.setObjectName(u"eveningLabel")

        self.choiceLayout.addWidget(self.eveningLabel)

        self.eveningCombo = QComboBox(DoorOutcomeWidget)
        self.eveningCombo.setObjectName(u"eveningCombo")
        sizePolicy.setHeightForWidth(self.eveningCombo.sizePolicy().hasHeightForWidth())
        self.eveningCombo.setSizePolicy(sizePolicy)
        self.eveningCombo.setMinimumContentsLength(28)
        self.eveningCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.choiceLayout.addWidget(self.eveningCombo)

        self.choiceGap2 = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceGap2)

        self.teamLabel = QLabel(DoorOutcomeWidget)
        self.teamLabel.setObjectName(u"teamLabel")

        self.choiceLayout.addWidget(self.teamLabel)

        self.teamCombo = QComboBox(DoorOutcomeWidget)
        self.teamCombo.setObjectName(u"teamCombo")
        sizePolicy.setHeightForWidth(self.teamCombo.sizePolicy().hasHeightForWidth())
        self.teamCombo.setSizePolicy(sizePolicy)
        self.teamCombo.setMinimumContentsLength(24)
        self.teamCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.choiceLayout.addWidget(self.teamCombo)

        self.choiceLayout.setStretch(1, 1)
        self.choiceLayout.setStretch(4, 1)
        self.choiceLayout.setStretch(7, 1)

        self.mainLayout.addLayout(self.choiceLayout)

        self.keysLabel = QLabel(DoorOutcomeWidget)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.keysLabel)

        self.splitter = QSplitter(DoorOutcomeWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.doorTable = QTableView(self.splitter)
        self.doorTable.setObjectName(u"doorTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.doorTable.sizePolicy().hasHeightForWidth())
        self.doorTable.setSizePolicy(sizePolicy1)
        self.doorTable.setAlternatingRowColors(True)
        self.doorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doorTable.setTabKeyNavigation(True)
        self.splitter.addWidget(self.doorTable)
        self.mapHolder = QWidget(self.splitter)
        self.mapHolder.setObjectName(u"mapHolder")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.mapHolder.sizePolicy().hasHeightForWidth())
        self.mapHolder.setSizePolicy(sizePolicy2)
        self.mapLayout = QVBoxLayout(self.mapHolder)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.mapHolder)

        self.mainLayout.addWidget(self.splitter)

        self.countLabel = QLabel(DoorOutcomeWidget)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.countLabel)

        self.messageLabel = QLabel(DoorOutcomeWidget)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.nextEveningLabel = QLabel(DoorOutcomeWidget)
        self.nextEveningLabel.setObjectName(u"nextEveningLabel")
        self.nextEveningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.nextEveningLabel)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
        self.eveningLabel.setBuddy(self.eveningCombo)
        self.teamLabel.setBuddy(self.teamCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roundCombo, self.eveningCombo)
        QWidget.setTabOrder(self.eveningCombo, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.doorTable)

        self.retranslateUi(DoorOutcomeWidget)

        QMetaObject.connectSlotsByName(DoorOutcomeWidget)
    # setupUi

    def retranslateUi(self, DoorOutcomeWidget):
        DoorOutcomeWidget.setWindowTitle(QCoreApplication.translate("DoorOutcomeWidget", u"Uitkomsten aan de deur", None))
        self.roundLabel.setText(QCoreApplication.translate("DoorOutcomeWidget", u"&Ronde", None))
        self.eveningLabel.setText(QCoreApplication.translate("DoorOutcomeWidget", u"&Avond", None))
        self.teamLabel.setText(QCoreApplication.translate("DoorOutcomeWidget", u"&Team", None))
    # retranslateUi

