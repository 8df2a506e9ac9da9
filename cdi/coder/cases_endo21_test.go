package coder

import "notecoder/cdi/model"

// Cases for endo21: endocrine notes' diabetic hypoglycemic coma, insulin "NPH", thyroid-eye "CAS"
// scores and transplant immunosuppressants as the cause of drug-induced diabetes.
func init() {
	cases = append(cases, []tc{
		// A diabetic's hypoglycemia with coma in its own problem item is E1x.641, not E15.
		{name: "endo21-hypoglycemic-coma-t2dm", text: "Assessment: 1. Hypoglycemia with coma - adverse effect of insulin. 2. T2DM on insulin.", setting: model.Inpatient, want: []string{"E11.641", "T38.3X5A"}, not: []string{"E15"}},
		{name: "endo21-hypoglycemic-coma-t1dm", text: "Assessment: 1. Hypoglycemia with coma. 2. Type 1 diabetes mellitus.", setting: model.Inpatient, want: []string{"E10.641"}, not: []string{"E15"}},
		// Guards the neighbour: without diabetes the coma stays nondiabetic.
		{name: "endo21-hypoglycemic-coma-nondiabetic", text: "Assessment: Hypoglycemia with coma.", setting: model.Inpatient, want: []string{"E15"}},
		// NPH stopped or taken is the insulin, not normal pressure hydrocephalus.
		{name: "endo21-nph-stopped", text: "Plan: NPH stopped.", not: []string{"G91.2"}},
		{name: "endo21-nph-taken", text: "Assessment: adverse effect of correctly taken NPH.", not: []string{"G91.2"}},
		// Guards the neighbour: the hydrocephalus with its shunt stays.
		{name: "endo21-nph-hydrocephalus", text: "Assessment: NPH, s/p VP shunt, gait stable.", want: []string{"G91.2"}},
		// The thyroid eye disease Clinical Activity Score is no carotid stenosis.
		{name: "endo21-cas-thyroid-eye", text: "Graves disease with bilateral proptosis and diplopia on upgaze. CAS 4/7 - active.", not: []string{"I65.29"}},
		// Tacrolimus is the table's immunosuppressive drug; "attributed to" names the cause.
		{name: "endo21-tacrolimus-induced-diabetes", text: "Assessment: Tacrolimus-induced diabetes mellitus.", want: []string{"E09.9", "T45.1X5A"}, not: []string{"E11.9"}},
		{name: "endo21-diabetes-attributed-to-tacrolimus", text: "Assessment: Post-transplant diabetes mellitus attributed to tacrolimus.", want: []string{"E09.9", "T45.1X5A"}, not: []string{"E11.9"}},
		// "d/t cost" is the financial hardship of an intentional underdosing (Z91.120).
		{name: "endo21-underdosing-dt-cost", text: "Insulin underdosing d/t cost - pt deliberately cut doses to make vials last.", want: []string{"T38.3X6A", "Z91.120"}, not: []string{"Z91.128"}},
		// A therapy the plan says is not indicated is no status.
		{name: "endo21-home-o2-not-indicated", text: "No hypoxemia at rest at discharge; home O2 not indicated.", setting: model.Inpatient, not: []string{"Z99.81"}},
		// Guards the neighbour: the condition before a procedure that is not indicated stays.
		{name: "endo21-fracture-surgery-not-indicated", text: "Fracture of the left radius, surgery not indicated.", want: []string{"S52.302A"}},
		// Endogenous hypercortisolism is hyperadrenocorticism (E24.9), the underlying condition of E08.
		{name: "endo21-diabetes-secondary-hypercortisolism", text: "Assessment: Diabetes secondary to hypercortisolism.", want: []string{"E08.9", "E24.9"}, not: []string{"E11.9"}},
	}...)
}
