using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TempoClone.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewAssigneeId",
                table: "Articles",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewSentAtUtc",
                table: "Articles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewState",
                table: "Articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ArticleNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsReturn = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleNotes_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffNotifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    ArticleTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ActorUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffNotifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_OnReviewDesk",
                table: "Articles",
                columns: new[] { "ReviewState", "ReviewSentAtUtc" },
                filter: "\"ReviewState\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleNotes_ArticleId_AtUtc",
                table: "ArticleNotes",
                columns: new[] { "ArticleId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientId_AtUtc",
                table: "StaffNotifications",
                columns: new[] { "RecipientId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotifications_RecipientId_ReadAtUtc",
                table: "StaffNotifications",
                columns: new[] { "RecipientId", "ReadAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleNotes");

            migrationBuilder.DropTable(
                name: "StaffNotifications");

            migrationBuilder.DropIndex(
                name: "IX_Articles_OnReviewDesk",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReviewAssigneeId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReviewSentAtUtc",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ReviewState",
                table: "Articles");
        }
    }
}
