"""scans: scanned batches and pages (the aligned image inside the database), what waits for review,
and per answer the scan page it came from

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 03:23:11.137065
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scan_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user', sa.String(length=80), nullable=False),
    sa.Column('sources', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_scan_batch_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_batch'))
    )
    with op.batch_alter_table('scan_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_batch_round_id'), ['round_id'], unique=False)

    op.create_table('scan_page',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=260), nullable=False),
    sa.Column('source_index', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('subject', sa.String(length=40), nullable=False),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('home_id', sa.Integer(), nullable=True),
    sa.Column('fingerprint', sa.String(length=128), nullable=False),
    sa.Column('image', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['scan_batch.id'], name=op.f('fk_scan_page_batch_id_scan_batch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['home_id'], ['home.id'], name=op.f('fk_scan_page_home_id_home'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_page'))
    )
    with op.batch_alter_table('scan_page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_page_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_page_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_page_home_id'), ['home_id'], unique=False)

    op.create_table('scan_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('question', sa.String(length=24), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('how', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_scan_answer_interview_id_interview'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['page_id'], ['scan_page.id'], name=op.f('fk_scan_answer_page_id_scan_page'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_answer')),
    sa.UniqueConstraint('interview_id', 'question', name='uq_scan_answer_question')
    )
    with op.batch_alter_table('scan_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_answer_interview_id'), ['interview_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scan_answer_page_id'), ['page_id'], unique=False)

    op.create_table('scan_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('page_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('reading', sa.Text(), nullable=False),
    sa.Column('crop', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['page_id'], ['scan_page.id'], name=op.f('fk_scan_item_page_id_scan_page'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_item'))
    )
    with op.batch_alter_table('scan_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_item_page_id'), ['page_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('scan_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_item_page_id'))

    op.drop_table('scan_item')
    with op.batch_alter_table('scan_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_answer_page_id'))
        batch_op.drop_index(batch_op.f('ix_scan_answer_interview_id'))

    op.drop_table('scan_answer')
    with op.batch_alter_table('scan_page', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_page_home_id'))
        batch_op.drop_index(batch_op.f('ix_scan_page_fingerprint'))
        batch_op.drop_index(batch_op.f('ix_scan_page_batch_id'))

    op.drop_table('scan_page')
    with op.batch_alter_table('scan_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scan_batch_round_id'))

    op.drop_table('scan_batch')
