using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OnePublicationStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Frozen",
                table: "ContentItemVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // The review statuses now live in the workflow's submission records: their versions become frozen drafts.
            migrationBuilder.Sql("UPDATE \"ContentItemVersions\" SET \"Frozen\" = 1, \"Status\" = 'Draft' WHERE \"Status\" IN ('InReview', 'Approved', 'Returned', 'Withdrawn')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the old statuses as far as storage can tell: an older frozen draft was withdrawn, the latest one is in
            // review while a submission follows it, else it was sent back.
            migrationBuilder.Sql("UPDATE \"ContentItemVersions\" SET \"Status\" = CASE WHEN \"Latest\" = 0 THEN 'Withdrawn' "
                + "WHEN EXISTS (SELECT 1 FROM \"WorkflowSubmissions\" s WHERE s.\"ContentItemId\" = \"ContentItemVersions\".\"ContentItemId\" "
                + "AND s.\"Version\" = \"ContentItemVersions\".\"Version\" AND s.\"Active\" = 1) THEN 'InReview' ELSE 'Returned' END "
                + "WHERE \"Frozen\" = 1 AND \"Status\" = 'Draft'");

            migrationBuilder.DropColumn(
                name: "Frozen",
                table: "ContentItemVersions");
        }
    }
}
