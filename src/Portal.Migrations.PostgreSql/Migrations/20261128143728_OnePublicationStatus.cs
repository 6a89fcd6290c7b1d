using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Migrations.PostgreSql.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The review statuses now live in the workflow's submission records: their versions become frozen drafts.
            migrationBuilder.Sql("UPDATE \"ContentItemVersions\" SET \"Frozen\" = TRUE, \"Status\" = 'Draft' WHERE \"Status\" IN ('InReview', 'Approved', 'Returned', 'Withdrawn')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the old statuses as far as storage can tell: an older frozen draft was withdrawn, the latest one is in
            // review while a submission follows it, else it was sent back.
            migrationBuilder.Sql("UPDATE \"ContentItemVersions\" SET \"Status\" = CASE WHEN \"Latest\" = FALSE THEN 'Withdrawn' "
                + "WHEN EXISTS (SELECT 1 FROM \"WorkflowSubmissions\" s WHERE s.\"ContentItemId\" = \"ContentItemVersions\".\"ContentItemId\" "
                + "AND s.\"Version\" = \"ContentItemVersions\".\"Version\" AND s.\"Active\" = TRUE) THEN 'InReview' ELSE 'Returned' END "
                + "WHERE \"Frozen\" = TRUE AND \"Status\" = 'Draft'");

            migrationBuilder.DropColumn(
                name: "Frozen",
                table: "ContentItemVersions");
        }
    }
}
