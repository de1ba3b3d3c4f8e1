"""quote approval: the coordinator approves (and may edit) a story before it goes on a poster

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:27:17.041718
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('quote_approval',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('interview_id', sa.Integer(), nullable=False),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.Column('public_text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_quote_approval_interview_id_interview'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_approval')),
    sa.UniqueConstraint('interview_id', name='uq_quote_approval_interview')
    )
    with op.batch_alter_table('quote_approval', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_approval_interview_id'), ['interview_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('quote_approval', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_approval_interview_id'))

    op.drop_table('quote_approval')
