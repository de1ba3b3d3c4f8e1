# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_GroupDialog(object):
    def setupUi(self, groupDialog):
        if not groupDialog.objectName():
            groupDialog.setObjectName(u"groupDialog")
        groupDialog.resize(980, 760)
        self.mainLayout = QVBoxLayout(groupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tierLabel = QLabel(groupDialog)
        self.tierLabel.setObjectName(u"tierLabel")
        self.tierLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.tierLabel)

        self.fieldsBox = QGroupBox(groupDialog)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.fieldsLayout = QFormLayout(self.fieldsBox)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.nameLabel = QLabel(self.fieldsBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.fieldsBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.topicLabel = QLabel(self.fieldsBox)
        self.topicLabel.setObjectName(u"topicLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(self.fieldsBox)
        self.topicEdit.setObjectName(u"topicEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.appLabel = QLabel(self.fieldsBox)
        self.appLabel.setObjectName(u"appLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.appLabel)

        self.appEdit = QLineEdit(self.fieldsBox)
        self.appEdit.setObjectName(u"appEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.appEdit)

        self.contactLabel = QLabel(self.fieldsBox)
        self.contactLabel.setObjectName(u"contactLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCombo = QComboBox(self.fieldsBox)
        self.contactCombo.setObjectName(u"contactCombo")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.noteLabel = QLabel(self.fieldsBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.fieldsBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.activeRow = QHBoxLayout()
        self.activeRow.setObjectName(u"activeRow")
        self.activeCheck = QCheckBox(self.fieldsBox)
        self.activeCheck.setObjectName(u"activeCheck")

        self.activeRow.addWidget(self.activeCheck)

        self.activeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.activeRow.addItem(self.activeSpacer)

        self.saveButton = QPushButton(self.fieldsBox)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.activeRow.addWidget(self.saveButton)


        self.fieldsLayout.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.activeRow)


        self.mainLayout.addWidget(self.fieldsBox)

        self.middleLayout = QHBoxLayout()
        self.middleLayout.setObjectName(u"middleLayout")
        self.membersBox = QGroupBox(groupDialog)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.memberTable = QTableView(self.membersBox)
        self.memberTable.setObjectName(u"memberTable")

        self.membersLayout.addWidget(self.memberTable)

        self.memberRow = QHBoxLayout()
        self.memberRow.setObjectName(u"memberRow")
        self.personCombo = QComboBox(self.membersBox)
        self.personCombo.setObjectName(u"personCombo")

        self.memberRow.addWidget(self.personCombo)

        self.addMemberButton = QPushButton(self.membersBox)
        self.addMemberButton.setObjectName(u"addMemberButton")
        self.addMemberButton.setAutoDefault(False)

        self.memberRow.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.membersBox)
        self.removeMemberButton.setObjectName(u"removeMemberButton")
        self.removeMemberButton.setAutoDefault(False)

        self.memberRow.addWidget(self.removeMemberButton)

        self.memberRow.setStretch(0, 1)

        self.membersLayout.addLayout(self.memberRow)


        self.middleLayout.addWidget(self.membersBox)

        self.partnersBox = QGroupBox(groupDialog)
        self.partnersBox.setObjectName(u"partnersBox")
        self.partnersLayout = QVBoxLayout(self.partnersBox)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.groupPartnerTable = QTableView(self.partnersBox)
        self.groupPartnerTable.setObjectName(u"groupPartnerTable")

        self.partnersLayout.addWidget(self.groupPartnerTable)

        self.partnerRow = QHBoxLayout()
        self.partnerRow.setObjectName(u"partnerRow")
        self.partnerCombo = QComboBox(self.partnersBox)
        self.partnerCombo.setObjectName(u"partnerCombo")

        self.partnerRow.addWidget(self.partnerCombo)

        self.addPartnerButton = QPushButton(self.partnersBox)
        self.addPartnerButton.setObjectName(u"addPartnerButton")
        self.addPartnerButton.setAutoDefault(False)

        self.partnerRow.addWidget(self.addPartnerButton)

        self.removePartnerButton = QPushButton(self.partnersBox)
        self.removePartnerButton.setObjectName(u"removePartnerButton")
        self.removePartnerButton.setAutoDefault(False)

        self.partnerRow.addWidget(self.removePartnerButton)

        self.partnerRow.setStretch(0, 1)

        self.partnersLayout.addLayout(self.partnerRow)


        self.middleLayout.addWidget(self.partnersBox)

        self.middleLayout.setStretch(0, 3)
        self.middleLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.middleLayout)

        self.actionsBox = QGroupBox(groupDialog)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionTable = QTableView(self.actionsBox)
        self.actionTable.setObjectName(u"actionTable")

        self.actionsLayout.addWidget(self.actionTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.whatEdit = QLineEdit(self.actionsBox)
        self.whatEdit.setObjectName(u"whatEdit")

        self.actionRow.addWidget(self.whatEdit)

        self.whoCombo = QComboBox(self.actionsBox)
        self.whoCombo.setObjectName(u"whoCombo")

        self.actionRow.addWidget(self.whoCombo)

        self.dueEdit = QLineEdit(self.actionsBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setMaximumSize(QSize(110, 16777215))

        self.actionRow.addWidget(self.dueEdit)

        self.addActionButton = QPushButton(self.actionsBox)
        self.addActionButton.setObjectName(u"addActionButton")
        self.addActionButton.setAutoDefault(False)

        self.actionRow.addWidget(self.addActionButton)

        self.actionRow.setStretch(0, 3)
        self.actionRow.setStretch(1, 2)

        self.actionsLayout.addLayout(self.actionRow)

        self.actionsLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.actionsBox)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.messageLabel = QLabel(groupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.messageLabel)

        self.undoButton = QPushButton(groupDialog)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)
        self.undoButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.undoButton)

        self.redoButton = QPushButton(groupDialog)
        self.redoButton.setObjectName(u"redoButton")
        self.redoButton.setEnabled(False)
        self.redoButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.redoButton)

        self.closeButton = QPushButton(groupDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)

        self.bottomRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.bottomRow)

        self.mainLayout.setStretch(2, 1)
        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.appLabel.setBuddy(self.appEdit)
        self.contactLabel.setBuddy(self.contactCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(groupDialog)

        QMetaObject.connectSlotsByName(groupDialog)
    # setupUi

    def retranslateUi(self, groupDialog):
        self.fieldsBox.setTitle(QCoreApplication.translate("GroupDialog", u"Werkgroep", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"&Naam:", None))
        self.topicLabel.setText(QCoreApplication.translate("GroupDialog", u"&Onderwerp:", None))
        self.appLabel.setText(QCoreApplication.translate("GroupDialog", u"&Groepsapp:", None))
        self.appEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"link naar de groepsapp, of de naam van de groep in de app", None))
        self.contactLabel.setText(QCoreApplication.translate("GroupDialog", u"&Contactpersoon:", None))
        self.noteLabel.setText(QCoreApplication.translate("GroupDialog", u"Notiti&e:", None))
        self.activeCheck.setText(QCoreApplication.translate("GroupDialog", u"&Actief (uitvinken als de groep gestopt is)", None))
        self.saveButton.setText(QCoreApplication.translate("GroupDialog", u"Gegevens op&slaan", None))
        self.membersBox.setTitle(QCoreApplication.translate("GroupDialog", u"Leden (alleen bewoners met toestemming)", None))
        self.addMemberButton.setText(QCoreApplication.translate("GroupDialog", u"Lid &toevoegen", None))
        self.removeMemberButton.setText(QCoreApplication.translate("GroupDialog", u"Lid &verwijderen", None))
        self.partnersBox.setTitle(QCoreApplication.translate("GroupDialog", u"Partners en wat ze inbrengen", None))
        self.addPartnerButton.setText(QCoreApplication.translate("GroupDialog", u"&Partner toevoegen", None))
        self.removePartnerButton.setText(QCoreApplication.translate("GroupDialog", u"Partner weg&halen", None))
        self.actionsBox.setTitle(QCoreApplication.translate("GroupDialog", u"Acties (F2 of dubbelklik: wat, datum, stand en resultaat wijzigen)", None))
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"wat moet er gebeuren?", None))
        self.dueEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"dd-mm-jjjj", None))
        self.addActionButton.setText(QCoreApplication.translate("GroupDialog", u"Act&ie toevoegen", None))
        self.undoButton.setText(QCoreApplication.translate("GroupDialog", u"Ongedaan &maken", None))
        self.redoButton.setText(QCoreApplication.translate("GroupDialog", u"Opnieu&w", None))
        self.closeButton.setText(QCoreApplication.translate("GroupDialog", u"Sluiten", None))
        pass
    # retranslateUi

