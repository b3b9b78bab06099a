using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PanelSearchAndSocial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchDescription",
                table: "Articles",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SocialDescription",
                table: "Articles",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SocialImagePath",
                table: "Articles",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SocialTitle",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchDescription",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SocialDescription",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SocialImagePath",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SocialTitle",
                table: "Articles");
        }
    }
}
