# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'groups_overview.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_GroupsOverview(object):
    def setupUi(self, groupsOverview):
        if not groupsOverview.objectName():
            groupsOverview.setObjectName(u"groupsOverview")
        groupsOverview.resize(1000, 760)
        self.mainLayout = QVBoxLayout(groupsOverview)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tierLabel = QLabel(groupsOverview)
        self.tierLabel.setObjectName(u"tierLabel")
        self.tierLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.tierLabel)

        self.groupsLabel = QLabel(groupsOverview)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.mainLayout.addWidget(self.groupsLabel)

        self.groupTable = QTableView(groupsOverview)
        self.groupTable.setObjectName(u"groupTable")

        self.mainLayout.addWidget(self.groupTable)

        self.newRow = QHBoxLayout()
        self.newRow.setObjectName(u"newRow")
        self.newGroupEdit = QLineEdit(groupsOverview)
        self.newGroupEdit.setObjectName(u"newGroupEdit")

        self.newRow.addWidget(self.newGroupEdit)

        self.newGroupButton = QPushButton(groupsOverview)
        self.newGroupButton.setObjectName(u"newGroupButton")
        self.newGroupButton.setAutoDefault(False)

        self.newRow.addWidget(self.newGroupButton)

        self.openGroupButton = QPushButton(groupsOverview)
        self.openGroupButton.setObjectName(u"openGroupButton")
        self.openGroupButton.setAutoDefault(False)

        self.newRow.addWidget(self.openGroupButton)

        self.newRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.newRow)

        self.openLabel = QLabel(groupsOverview)
        self.openLabel.setObjectName(u"openLabel")

        self.mainLayout.addWidget(self.openLabel)

        self.openActionTable = QTableView(groupsOverview)
        self.openActionTable.setObjectName(u"openActionTable")

        self.mainLayout.addWidget(self.openActionTable)

        self.doneLabel = QLabel(groupsOverview)
        self.doneLabel.setObjectName(u"doneLabel")

        self.mainLayout.addWidget(self.doneLabel)

        self.doneTable = QTableView(groupsOverview)
        self.doneTable.setObjectName(u"doneTable")
        self.doneTable.setWordWrap(True)

        self.mainLayout.addWidget(self.doneTable)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.messageLabel = QLabel(groupsOverview)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.messageLabel)

        self.closeButton = QPushButton(groupsOverview)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)

        self.bottomRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomRow)

        self.mainLayout.setStretch(2, 2)
        self.mainLayout.setStretch(5, 2)
        self.mainLayout.setStretch(7, 1)

        self.retranslateUi(groupsOverview)

        QMetaObject.connectSlotsByName(groupsOverview)
    # setupUi

    def retranslateUi(self, groupsOverview):
        self.groupsLabel.setText(QCoreApplication.translate("GroupsOverview", u"<b>Werkgroepen</b> (Enter of dubbelklik opent een groep)", None))
        self.newGroupEdit.setPlaceholderText(QCoreApplication.translate("GroupsOverview", u"naam van een nieuwe werkgroep, bijvoorbeeld 'Afval van balkons'", None))
        self.newGroupButton.setText(QCoreApplication.translate("GroupsOverview", u"Werkgroep &maken", None))
        self.openGroupButton.setText(QCoreApplication.translate("GroupsOverview", u"Groep &openen\u2026", None))
        self.doneLabel.setText(QCoreApplication.translate("GroupsOverview", u"<b>Wat is er gedaan</b>", None))
        self.closeButton.setText(QCoreApplication.translate("GroupsOverview", u"Sluiten", None))
        pass
    # retranslateUi

