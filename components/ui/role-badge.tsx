import { Badge, type BadgeTone } from "@/components/ui/badge";
import { roleLabels, type Role } from "@/lib/permissions";

const tones: Record<Role, BadgeTone> = { anonymous: "neutral", user: "neutral", member: "brand", chair: "warning", admin: "danger" };

export function RoleBadge({ role, className }: { role: Role; className?: string }) {
  return (
    <Badge tone={tones[role]} className={className} data-testid="role-badge">
      {roleLabels[role]}
    </Badge>
  );
}
