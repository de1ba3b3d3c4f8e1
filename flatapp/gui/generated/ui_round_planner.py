# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'round_planner.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_RoundPlannerWidget(object):
    def setupUi(self, RoundPlannerWidget):
        if not RoundPlannerWidget.objectName():
            RoundPlannerWidget.setObjectName(u"RoundPlannerWidget")
        RoundPlannerWidget.resize(1280, 760)
        self.outerLayout = QVBoxLayout(RoundPlannerWidget)
        self.outerLayout.setObjectName(u"outerLayout")
        self.roundBox = QGroupBox(RoundPlannerWidget)
        self.roundBox.setObjectName(u"roundBox")
        self.roundLayout = QGridLayout(self.roundBox)
        self.roundLayout.setObjectName(u"roundLayout")
        self.roundLabel = QLabel(self.roundBox)
        self.roundLabel.setObjectName(u"roundLabel")

        self.roundLayout.addWidget(self.roundLabel, 0, 0, 1, 1)

        self.roundCombo = QComboBox(self.roundBox)
        self.roundCombo.setObjectName(u"roundCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roundCombo.sizePolicy().hasHeightForWidth())
        self.roundCombo.setSizePolicy(sizePolicy)
        self.roundCombo.setMinimumContentsLength(24)
        self.roundCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.roundLayout.addWidget(self.roundCombo, 0, 1, 1, 3)

        self.newRoundButton = QPushButton(self.roundBox)
        self.newRoundButton.setObjectName(u"newRoundButton")

        self.roundLayout.addWidget(self.newRoundButton, 0, 4, 1, 1)

        self.nameLabel = QLabel(self.roundBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.roundLayout.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(self.roundBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.roundLayout.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodCheck = QCheckBox(self.roundBox)
        self.periodCheck.setObjectName(u"periodCheck")

        self.periodRow.addWidget(self.periodCheck)

        self.periodStartEdit = QDateEdit(self.roundBox)
        self.periodStartEdit.setObjectName(u"periodStartEdit")
        self.periodStartEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.periodStartEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.periodStartEdit)

        self.periodToLabel = QLabel(self.roundBox)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.periodRow.addWidget(self.periodToLabel)

        self.periodEndEdit = QDateEdit(self.roundBox)
        self.periodEndEdit.setObjectName(u"periodEndEdit")
        self.periodEndEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.periodEndEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.periodEndEdit)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.roundLayout.addLayout(self.periodRow, 1, 2, 1, 2)

        self.questionnaireLabel = QLabel(self.roundBox)
        self.questionnaireLabel.setObjectName(u"questionnaireLabel")

        self.roundLayout.addWidget(self.questionnaireLabel, 2, 0, 1, 1)

        self.questionnaireCombo = QComboBox(self.roundBox)
        self.questionnaireCombo.setObjectName(u"questionnaireCombo")

        self.roundLayout.addWidget(self.questionnaireCombo, 2, 1, 1, 1)

        self.cbsCheck = QCheckBox(self.roundBox)
        self.cbsCheck.setObjectName(u"cbsCheck")

        self.roundLayout.addWidget(self.cbsCheck, 2, 2, 1, 2)

        self.saveRoundButton = QPushButton(self.roundBox)
        self.saveRoundButton.setObjectName(u"saveRoundButton")

        self.roundLayout.addWidget(self.saveRoundButton, 2, 4, 1, 1)

        self.roundErrorLabel = QLabel(self.roundBox)
        self.roundErrorLabel.setObjectName(u"roundErrorLabel")
        self.roundErrorLabel.setText(u"")
        self.roundErrorLabel.setWordWrap(True)
        self.roundErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.roundErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.roundLayout.addWidget(self.roundErrorLabel, 3, 0, 1, 5)

        self.roundLayout.setColumnStretch(1, 2)
        self.roundLayout.setColumnStretch(3, 3)

        self.outerLayout.addWidget(self.roundBox)

        self.noRoundLabel = QLabel(RoundPlannerWidget)
        self.noRoundLabel.setObjectName(u"noRoundLabel")
        self.noRoundLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.noRoundLabel)

        self.tabs = QTabWidget(RoundPlannerWidget)
        self.tabs.setObjectName(u"tabs")
        self.eveningsTab = QWidget()
        self.eveningsTab.setObjectName(u"eveningsTab")
        self.eveningsLayout = QVBoxLayout(self.eveningsTab)
        self.eveningsLayout.setObjectName(u"eveningsLayout")
        self.eveningsHint = QLabel(self.eveningsTab)
        self.eveningsHint.setObjectName(u"eveningsHint")
        self.eveningsHint.setWordWrap(True)

        self.eveningsLayout.addWidget(self.eveningsHint)

        self.eveningTable = QTableView(self.eveningsTab)
        self.eveningTable.setObjectName(u"eveningTable")
        self.eveningTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eveningTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eveningTable.setAlternatingRowColors(True)

        self.eveningsLayout.addWidget(self.eveningTable)

        self.addEveningRow = QHBoxLayout()
        self.addEveningRow.setObjectName(u"addEveningRow")
        self.eveningDateLabel = QLabel(self.eveningsTab)
        self.eveningDateLabel.setObjectName(u"eveningDateLabel")

        self.addEveningRow.addWidget(self.eveningDateLabel)

        self.eveningDateEdit = QDateEdit(self.eveningsTab)
        self.eveningDateEdit.setObjectName(u"eveningDateEdit")
        self.eveningDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.eveningDateEdit.setCalendarPopup(True)

        self.addEveningRow.addWidget(self.eveningDateEdit)

        self.eveningStartLabel = QLabel(self.eveningsTab)
        self.eveningStartLabel.setObjectName(u"eveningStartLabel")

        self.addEveningRow.addWidget(self.eveningStartLabel)

        self.eveningStartEdit = QTimeEdit(self.eveningsTab)
        self.eveningStartEdit.setObjectName(u"eveningStartEdit")
        self.eveningStartEdit.setDisplayFormat(u"HH:mm")

        self.addEveningRow.addWidget(self.eveningStartEdit)

        self.eveningEndLabel = QLabel(self.eveningsTab)
        self.eveningEndLabel.setObjectName(u"eveningEndLabel")

        self.addEveningRow.addWidget(self.eveningEndLabel)

        self.eveningEndEdit = QTimeEdit(self.eveningsTab)
        self.eveningEndEdit.setObjectName(u"eveningEndEdit")
        self.eveningEndEdit.setDisplayFormat(u"HH:mm")

        self.addEveningRow.addWidget(self.eveningEndEdit)

        self.addEveningButton = QPushButton(self.eveningsTab)
        self.addEveningButton.setObjectName(u"addEveningButton")

        self.addEveningRow.addWidget(self.addEveningButton)

        self.addEveningSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addEveningRow.addItem(self.addEveningSpacer)

        self.removeEveningButton = QPushButton(self.eveningsTab)
        self.removeEveningButton.setObjectName(u"removeEveningButton")

        self.addEveningRow.addWidget(self.removeEveningButton)


        self.eveningsLayout.addLayout(self.addEveningRow)

        self.eveningErrorLabel = QLabel(self.eveningsTab)
        self.eveningErrorLabel.setObjectName(u"eveningErrorLabel")
        self.eveningErrorLabel.setText(u"")
        self.eveningErrorLabel.setWordWrap(True)
        self.eveningErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.eveningErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.eveningsLayout.addWidget(self.eveningErrorLabel)

        self.tabs.addTab(self.eveningsTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.teamsTabLayout = QHBoxLayout(self.teamsTab)
        self.teamsTabLayout.setObjectName(u"teamsTabLayout")
        self.volunteersBox = QGroupBox(self.teamsTab)
        self.volunteersBox.setObjectName(u"volunteersBox")
        self.volunteersLayout = QVBoxLayout(self.volunteersBox)
        self.volunteersLayout.setObjectName(u"volunteersLayout")
        self.volunteerTable = QTableView(self.volunteersBox)
        self.volunteerTable.setObjectName(u"volunteerTable")
        self.volunteerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.volunteerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volunteerTable.setAlternatingRowColors(True)

        self.volunteersLayout.addWidget(self.volunteerTable)

        self.addVolunteerGrid = QGridLayout()
        self.addVolunteerGrid.setObjectName(u"addVolunteerGrid")
        self.volunteerNameLabel = QLabel(self.volunteersBox)
        self.volunteerNameLabel.setObjectName(u"volunteerNameLabel")

        self.addVolunteerGrid.addWidget(self.volunteerNameLabel, 0, 0, 1, 1)

        self.volunteerNameEdit = QLineEdit(self.volunteersBox)
        self.volunteerNameEdit.setObjectName(u"volunteerNameEdit")
        self.volunteerNameEdit.setMaxLength(120)

        self.addVolunteerGrid.addWidget(self.volunteerNameEdit, 0, 1, 1, 1)

        self.volunteerPhoneLabel = QLabel(self.volunteersBox)
        self.volunteerPhoneLabel.setObjectName(u"volunteerPhoneLabel")

        self.addVolunteerGrid.addWidget(self.volunteerPhoneLabel, 1, 0, 1, 1)

        self.volunteerPhoneEdit = QLineEdit(self.volunteersBox)
        self.volunteerPhoneEdit.setObjectName(u"volunteerPhoneEdit")
        self.volunteerPhoneEdit.setMaxLength(40)

        self.addVolunteerGrid.addWidget(self.volunteerPhoneEdit, 1, 1, 1, 1)


        self.volunteersLayout.addLayout(self.addVolunteerGrid)

        self.volunteerButtonRow = QHBoxLayout()
        self.volunteerButtonRow.setObjectName(u"volunteerButtonRow")
        self.addVolunteerButton = QPushButton(self.volunteersBox)
        self.addVolunteerButton.setObjectName(u"addVolunteerButton")

        self.volunteerButtonRow.addWidget(self.addVolunteerButton)

        self.volunteerButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.volunteerButtonRow.addItem(self.volunteerButtonSpacer)

        self.removeVolunteerButton = QPushButton(self.volunteersBox)
        self.removeVolunteerButton.setObjectName(u"removeVolunteerButton")

        self.volunteerButtonRow.addWidget(self.removeVolunteerButton)


        self.volunteersLayout.addLayout(self.volunteerButtonRow)

        self.volunteerErrorLabel = QLabel(self.volunteersBox)
        self.volunteerErrorLabel.setObjectName(u"volunteerErrorLabel")
        self.volunteerErrorLabel.setText(u"")
        self.volunteerErrorLabel.setWordWrap(True)
        self.volunteerErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.volunteerErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.volunteersLayout.addWidget(self.volunteerErrorLabel)


        self.teamsTabLayout.addWidget(self.volunteersBox)

        self.teamsBox = QGroupBox(self.teamsTab)
        self.teamsBox.setObjectName(u"teamsBox")
        self.teamsLayout = QVBoxLayout(self.teamsBox)
        self.teamsLayout.setObjectName(u"teamsLayout")
        self.autoTeamsRow = QHBoxLayout()
        self.autoTeamsRow.setObjectName(u"autoTeamsRow")
        self.autoTeamsButton = QPushButton(self.teamsBox)
        self.autoTeamsButton.setObjectName(u"autoTeamsButton")

        self.autoTeamsRow.addWidget(self.autoTeamsButton)

        self.autoTeamsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.autoTeamsRow.addItem(self.autoTeamsSpacer)


        self.teamsLayout.addLayout(self.autoTeamsRow)

        self.teamTable = QTableView(self.teamsBox)
        self.teamTable.setObjectName(u"teamTable")
        self.teamTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teamTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teamTable.setAlternatingRowColors(True)

        self.teamsLayout.addWidget(self.teamTable)

        self.membersLabel = QLabel(self.teamsBox)
        self.membersLabel.setObjectName(u"membersLabel")

        self.teamsLayout.addWidget(self.membersLabel)

        self.membersList = QListWidget(self.teamsBox)
        self.membersList.setObjectName(u"membersList")

        self.teamsLayout.addWidget(self.membersList)

        self.teamButtonRow = QHBoxLayout()
        self.teamButtonRow.setObjectName(u"teamButtonRow")
        self.saveMembersButton = QPushButton(self.teamsBox)
        self.saveMembersButton.setObjectName(u"saveMembersButton")

        self.teamButtonRow.addWidget(self.saveMembersButton)

        self.newTeamButton = QPushButton(self.teamsBox)
        self.newTeamButton.setObjectName(u"newTeamButton")

        self.teamButtonRow.addWidget(self.newTeamButton)

        self.teamButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamButtonRow.addItem(self.teamButtonSpacer)

        self.removeTeamButton = QPushButton(self.teamsBox)
        self.removeTeamButton.setObjectName(u"removeTeamButton")

        self.teamButtonRow.addWidget(self.removeTeamButton)


        self.teamsLayout.addLayout(self.teamButtonRow)

        self.teamErrorLabel = QLabel(self.teamsBox)
        self.teamErrorLabel.setObjectName(u"teamErrorLabel")
        self.teamErrorLabel.setText(u"")
        self.teamErrorLabel.setWordWrap(True)
        self.teamErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.teamErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.teamsLayout.addWidget(self.teamErrorLabel)


        self.teamsTabLayout.addWidget(self.teamsBox)

        self.tabs.addTab(self.teamsTab, "")
        self.doorsTab = QWidget()
        self.doorsTab.setObjectName(u"doorsTab")
        self.doorsLayout = QVBoxLayout(self.doorsTab)
        self.doorsLayout.setObjectName(u"doorsLayout")
        self.distributeRow = QHBoxLayout()
        self.distributeRow.setObjectName(u"distributeRow")
        self.assignEveningLabel = QLabel(self.doorsTab)
        self.assignEveningLabel.setObjectName(u"assignEveningLabel")

        self.distributeRow.addWidget(self.assignEveningLabel)

        self.assignEveningCombo = QComboBox(self.doorsTab)
        self.assignEveningCombo.setObjectName(u"assignEveningCombo")
        self.assignEveningCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.distributeRow.addWidget(self.assignEveningCombo)

        self.distributeButton = QPushButton(self.doorsTab)
        self.distributeButton.setObjectName(u"distributeButton")

        self.distributeRow.addWidget(self.distributeButton)

        self.assignStatusLabel = QLabel(self.doorsTab)
        self.assignStatusLabel.setObjectName(u"assignStatusLabel")
        self.assignStatusLabel.setText(u"")
        self.assignStatusLabel.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.assignStatusLabel.sizePolicy().hasHeightForWidth())
        self.assignStatusLabel.setSizePolicy(sizePolicy1)

        self.distributeRow.addWidget(self.assignStatusLabel)


        self.doorsLayout.addLayout(self.distributeRow)

        self.teamlessFrame = QFrame(self.doorsTab)
        self.teamlessFrame.setObjectName(u"teamlessFrame")
        self.teamlessFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.teamlessLayout = QHBoxLayout(self.teamlessFrame)
        self.teamlessLayout.setObjectName(u"teamlessLayout")
        self.teamlessLabel = QLabel(self.teamlessFrame)
        self.teamlessLabel.setObjectName(u"teamlessLabel")
        self.teamlessLabel.setText(u"")
        self.teamlessLabel.setWordWrap(True)
        self.teamlessLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.teamlessLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy1.setHeightForWidth(self.teamlessLabel.sizePolicy().hasHeightForWidth())
        self.teamlessLabel.setSizePolicy(sizePolicy1)

        self.teamlessLayout.addWidget(self.teamlessLabel)

        self.assignTeamlessButton = QPushButton(self.teamlessFrame)
        self.assignTeamlessButton.setObjectName(u"assignTeamlessButton")

        self.teamlessLayout.addWidget(self.assignTeamlessButton)


        self.doorsLayout.addWidget(self.teamlessFrame)

        self.doorsSplitter = QSplitter(self.doorsTab)
        self.doorsSplitter.setObjectName(u"doorsSplitter")
        self.doorsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.doorsSplitter.setChildrenCollapsible(False)
        self.assignmentPane = QWidget(self.doorsSplitter)
        self.assignmentPane.setObjectName(u"assignmentPane")
        self.assignmentPaneLayout = QVBoxLayout(self.assignmentPane)
        self.assignmentPaneLayout.setObjectName(u"assignmentPaneLayout")
        self.assignmentPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.assignmentTable = QTableView(self.assignmentPane)
        self.assignmentTable.setObjectName(u"assignmentTable")
        self.assignmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assignmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assignmentTable.setAlternatingRowColors(True)

        self.assignmentPaneLayout.addWidget(self.assignmentTable)

        self.doorsSplitter.addWidget(self.assignmentPane)
        self.mapPane = QWidget(self.doorsSplitter)
        self.mapPane.setObjectName(u"mapPane")
        self.mapPaneLayout = QVBoxLayout(self.mapPane)
        self.mapPaneLayout.setObjectName(u"mapPaneLayout")
        self.mapPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.mapHolder = QWidget(self.mapPane)
        self.mapHolder.setObjectName(u"mapHolder")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.mapHolder.sizePolicy().hasHeightForWidth())
        self.mapHolder.setSizePolicy(sizePolicy2)
        self.mapLayout = QVBoxLayout(self.mapHolder)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(0, 0, 0, 0)

        self.mapPaneLayout.addWidget(self.mapHolder)

        self.moveRow = QHBoxLayout()
        self.moveRow.setObjectName(u"moveRow")
        self.selectedHomeLabel = QLabel(self.mapPane)
        self.selectedHomeLabel.setObjectName(u"selectedHomeLabel")
        self.selectedHomeLabel.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.selectedHomeLabel.sizePolicy().hasHeightForWidth())
        self.selectedHomeLabel.setSizePolicy(sizePolicy1)

        self.moveRow.addWidget(self.selectedHomeLabel)

        self.moveTeamLabel = QLabel(self.mapPane)
        self.moveTeamLabel.setObjectName(u"moveTeamLabel")

        self.moveRow.addWidget(self.moveTeamLabel)

        self.moveTeamCombo = QComboBox(self.mapPane)
        self.moveTeamCombo.setObjectName(u"moveTeamCombo")

        self.moveRow.addWidget(self.moveTeamCombo)

        self.moveButton = QPushButton(self.mapPane)
        self.moveButton.setObjectName(u"moveButton")

        self.moveRow.addWidget(self.moveButton)


        self.mapPaneLayout.addLayout(self.moveRow)

        self.moveHint = QLabel(self.mapPane)
        self.moveHint.setObjectName(u"moveHint")
        self.moveHint.setWordWrap(True)

        self.mapPaneLayout.addWidget(self.moveHint)

        self.doorsSplitter.addWidget(self.mapPane)

        self.doorsLayout.addWidget(self.doorsSplitter)

        self.assignErrorLabel = QLabel(self.doorsTab)
        self.assignErrorLabel.setObjectName(u"assignErrorLabel")
        self.assignErrorLabel.setText(u"")
        self.assignErrorLabel.setWordWrap(True)
        self.assignErrorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.assignErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doorsLayout.addWidget(self.assignErrorLabel)

        self.tabs.addTab(self.doorsTab, "")

        self.outerLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.questionnaireLabel.setBuddy(self.questionnaireCombo)
        self.eveningDateLabel.setBuddy(self.eveningDateEdit)
        self.eveningStartLabel.setBuddy(self.eveningStartEdit)
        self.eveningEndLabel.setBuddy(self.eveningEndEdit)
        self.volunteerNameLabel.setBuddy(self.volunteerNameEdit)
        self.volunteerPhoneLabel.setBuddy(self.volunteerPhoneEdit)
        self.assignEveningLabel.setBuddy(self.assignEveningCombo)
        self.moveTeamLabel.setBuddy(self.moveTeamCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RoundPlannerWidget)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RoundPlannerWidget)
    # setupUi

    def retranslateUi(self, RoundPlannerWidget):
        RoundPlannerWidget.setWindowTitle(QCoreApplication.translate("RoundPlannerWidget", u"Ronde plannen", None))
        self.roundBox.setTitle(QCoreApplication.translate("RoundPlannerWidget", u"Gespreksronde", None))
        self.roundLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"&Ronde", None))
        self.newRoundButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Nieu&we ronde", None))
        self.nameLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"&Naam", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("RoundPlannerWidget", u"bijvoorbeeld Najaar 2026", None))
        self.periodCheck.setText(QCoreApplication.translate("RoundPlannerWidget", u"&Periode", None))
        self.periodToLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"t/m", None))
        self.questionnaireLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"&Vragenlijst", None))
        self.cbsCheck.setText(QCoreApplication.translate("RoundPlannerWidget", u"&CBS-stellingen over samenhang meevragen", None))
#if QT_CONFIG(tooltip)
        self.cbsCheck.setToolTip(QCoreApplication.translate("RoundPlannerWidget", u"Vijf stellingen uit de Veiligheidsmonitor van het CBS, zodat de score van de flat naast het landelijke cijfer kan.", None))
#endif // QT_CONFIG(tooltip)
        self.saveRoundButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Ronde aan&maken", None))
        self.noRoundLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Maak eerst de ronde aan: geef hem hierboven een naam en kies 'Ronde aanmaken'. Daarna plant u hier de avonden, de vrijwilligers en teams, en de deuren per avond.", None))
        self.eveningsHint.setText(QCoreApplication.translate("RoundPlannerWidget", u"De avonden waarop de vrijwilligers aanbellen. Dubbelklik op een datum of tijd om die te wijzigen.", None))
        self.eveningDateLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Dat&um", None))
        self.eveningStartLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"van", None))
        self.eveningEndLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"tot", None))
        self.addEveningButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Avond toevoe&gen", None))
        self.removeEveningButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Avond v&erwijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.eveningsTab), QCoreApplication.translate("RoundPlannerWidget", u"&Avonden", None))
        self.volunteersBox.setTitle(QCoreApplication.translate("RoundPlannerWidget", u"Vrijwilligers", None))
        self.volunteerNameLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Naa&m", None))
        self.volunteerPhoneLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Te&lefoon", None))
        self.volunteerPhoneEdit.setPlaceholderText(QCoreApplication.translate("RoundPlannerWidget", u"optioneel, bijv. 06-12345678", None))
        self.addVolunteerButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Vrijwilliger toevoe&gen", None))
        self.removeVolunteerButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Vrijwilliger v&erwijderen", None))
        self.teamsBox.setTitle(QCoreApplication.translate("RoundPlannerWidget", u"Teams", None))
        self.autoTeamsButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"A&utomatisch in tweetallen", None))
        self.membersLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Leden van het gekozen team (vink aan wie meegaat):", None))
        self.saveMembersButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Leden op&slaan", None))
        self.newTeamButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Nieuw team met aangevin&kten", None))
        self.removeTeamButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Team verw&ijderen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("RoundPlannerWidget", u"Vrijwilligers en &teams", None))
        self.assignEveningLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Avond", None))
        self.distributeButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Deuren verde&len", None))
        self.assignTeamlessButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Woningen &zonder team verdelen", None))
#if QT_CONFIG(tooltip)
        self.assignTeamlessButton.setToolTip(QCoreApplication.translate("RoundPlannerWidget", u"Geeft elke woning zonder team aan het team dat die portiek en verdieping al loopt; woningen met een team houden dat team.", None))
#endif // QT_CONFIG(tooltip)
        self.selectedHomeLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Kies een woning op de kaart.", None))
        self.moveTeamLabel.setText(QCoreApplication.translate("RoundPlannerWidget", u"Naar tea&m", None))
        self.moveButton.setText(QCoreApplication.translate("RoundPlannerWidget", u"Verplaat&sen", None))
        self.moveHint.setText(QCoreApplication.translate("RoundPlannerWidget", u"Tip: kies een woning op de kaart en druk op 1 tot en met 9 om hem aan dat team te geven.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.doorsTab), QCoreApplication.translate("RoundPlannerWidget", u"&Deuren per avond", None))
    # retranslateUi

