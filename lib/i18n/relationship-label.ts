import { useTranslations } from "next-intl";

import type { Profession, Relationship } from "@/lib/engine/vocabulary";

/**
 * A relationship's label in the interface. For a healthcare professional a
 * client is a patient (DOMAIN.md contract v2), so `client` and
 * `former_client` read "Patient" and "Former patient"; the value stays the same.
 */
export function useRelationshipLabel(profession: Profession): (relationship: Relationship) => string {
  const t = useTranslations("relationships");
  const tPatient = useTranslations("patientRelationships");
  return (relationship) =>
    profession === "healthcare" && (relationship === "client" || relationship === "former_client") ? tPatient(relationship) : t(relationship);
}
