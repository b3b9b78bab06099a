using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TempoClone.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LoginAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LoginAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StaffId = table.Column<string>(type: "TEXT", nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginAttempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LoginAttempts_Account_AtUtc",
                table: "LoginAttempts",
                columns: new[] { "Account", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LoginAttempts_AtUtc",
                table: "LoginAttempts",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LoginAttempts_ClientAddress_AtUtc",
                table: "LoginAttempts",
                columns: new[] { "ClientAddress", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LoginAttempts_StaffId_AtUtc",
                table: "LoginAttempts",
                columns: new[] { "StaffId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LoginAttempts");
        }
    }
}
