import { MailCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/auth";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-xl">
      <EmptyState icon={MailCheck} title="Check your email">
        <p>
          We sent you a link that signs you in. It works once and expires in {SIGN_IN_LINK_MINUTES} minutes. If it does not arrive,
          look in your spam folder or{" "}
          <Link className="font-medium text-primary underline" href="/sign-in">
            ask for another
          </Link>
          .
        </p>
      </EmptyState>
    </div>
  );
}
