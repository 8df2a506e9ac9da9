package coder

import "notecoder/cdi/model"

// Surgical and procedural complications (left23a), written for these cases.
// A complication is coded only where the note links the condition to the
// procedure (guideline I.B.16: "post-", "after", "following" the operation
// in the condition's clause); a procedure the history names apart from the
// condition, or a denied one, is not.
func init() {
	cases = append(cases, []tc{
		// "Hemorrhage, postoperative - see Complication, postprocedural,
		// hemorrhage, respiratory system, following procedure on respiratory
		// system organ or structure" (J95.830): the tonsils are the
		// respiratory system's (J35).
		{name: "left23a post-tonsillectomy hemorrhage", text: "Post-tonsillectomy hemorrhage on day 7, taken back to the OR for cautery.", setting: model.Inpatient, want: []string{"J95.830"}, not: []string{"R58", "J95.831"}},
		{name: "left23a post tonsillectomy bleed", text: "Assessment: post tonsillectomy bleed, clot in the left fossa.", setting: model.Inpatient, want: []string{"J95.830"}, not: []string{"R58"}},
		{name: "left23a bleeding after the tonsillectomy", text: "Bleeding after the tonsillectomy, oozing from the tonsillar bed.", want: []string{"J95.830"}, not: []string{"R58"}},
		{name: "left23a hemorrhage following adenotonsillectomy", text: "Hemorrhage following adenotonsillectomy, admitted for observation.", setting: model.Inpatient, want: []string{"J95.830"}, not: []string{"R58"}},
		// Guards: a denied bleeding, and a tonsillectomy only in the history.
		{name: "left23a no bleeding after tonsillectomy guard", text: "No bleeding after tonsillectomy, tolerating soft diet.", not: []string{"J95.830", "R58"}},
		{name: "left23a tonsillectomy history guard", text: "Past surgical history: tonsillectomy as a child.\nEpistaxis from the left nostril, anterior packing placed.", not: []string{"J95.830", "J95.831"}},
		// "Seroma, postprocedural - see Complication, postprocedural,
		// seroma": "postoperative" was read as the seroma's "see also
		// Hematoma" and coded the hematoma (K91.870); an incisional seroma is
		// the skin's after a procedure on another organ (L76.34).
		{name: "left23a incisional seroma", text: "Incisional seroma after the hernia repair, aspirated in clinic.", want: []string{"L76.34"}},
		{name: "left23a postoperative seroma is no hematoma", text: "Postoperative seroma following procedure on digestive system.", setting: model.Inpatient, want: []string{"K91.872"}, not: []string{"K91.870"}},
		{name: "left23a no incisional seroma guard", text: "Wound check: incision healing, no incisional seroma.", not: []string{"L76.34"}},
		// A hematoma after or following a cardiac catheterization (I97.630).
		{name: "left23a groin hematoma following cath", text: "Right groin hematoma following cardiac catheterization, manual pressure held.", setting: model.Inpatient, want: []string{"I97.630"}, not: []string{"S30.12XA"}},
		{name: "left23a hematoma after heart catheterization", text: "Hematoma after left heart catheterization, stable on ultrasound.", setting: model.Inpatient, want: []string{"I97.630"}},
		// FY2025 split T81.32: the abdominal wall fascia (T81.321), a
		// gastrointestinal anastomosis (T81.320), other specified (T81.328)
		// and deep unspecified (T81.329).
		{name: "left23a fascial dehiscence of laparotomy", text: "Fascial dehiscence of the midline laparotomy, returned to the OR.", setting: model.Inpatient, want: []string{"T81.321A"}, not: []string{"T81.30XA"}},
		{name: "left23a fascial dehiscence alone", text: "Final diagnoses: postoperative fascial dehiscence requiring reoperation.", setting: model.Inpatient, want: []string{"T81.321A"}, not: []string{"T81.328A", "T81.30XA"}},
		{name: "left23a fascial dehiscence of the thigh", text: "Fascial dehiscence of the thigh after the fasciotomy closure.", setting: model.Inpatient, want: []string{"T81.328A"}, not: []string{"T81.321A"}},
		{name: "left23a anastomotic dehiscence colorectal", text: "Anastomotic dehiscence after low anterior resection of the rectum, diverting ileostomy.", setting: model.Inpatient, want: []string{"T81.320A"}},
		{name: "left23a internal operation wound dehiscence", text: "Dehiscence of internal operation wound.", setting: model.Inpatient, want: []string{"T81.329A"}, not: []string{"T81.328A"}},
	}...)
}
