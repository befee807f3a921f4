"use client";

import { Mail } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { signInWithEmail } from "../actions";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, isPending] = useActionState(signInWithEmail, null);
  const errors = state && !state.ok ? state.error : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {errors && !errors.fieldErrors ? <Notice tone="error">{errors.message}</Notice> : null}
      <Field id="sign-in-email" label="Email address" errors={errors?.fieldErrors?.email} hint="We email you a link that signs you in. No password needed.">
        {(props) => <Input {...props} name="email" type="email" autoComplete="email" placeholder="you@example.org" required />}
      </Field>
      <Button type="submit" variant="secondary" className="w-full" disabled={isPending}>
        <Mail aria-hidden className="size-4" />
        {isPending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
