package server

import (
	"encoding/json"
	"io"
	"net/http"
	"testing"
)

// TestOpenAPIDescribesEveryRoute checks the served OpenAPI document is valid
// JSON, OpenAPI 3.1, and names every REST route the server registers.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	env, _ := newAuthEnv(t)
	resp, err := http.Get(env.url + "/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(data, &doc); err != nil || doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi.json: %v %q", err, doc.OpenAPI)
	}
	for _, r := range []struct{ method, path string }{
		{"post", "/v1/queries"}, {"get", "/v1/queries"}, {"get", "/v1/queries/{id}"}, {"post", "/v1/queries/{id}/answer"},
		{"post", "/v1/queries/{id}/decline"}, {"post", "/v1/queries/{id}/withdraw"}, {"post", "/v1/queries/{id}/close"},
		{"get", "/v1/worklist"}, {"get", "/v1/audit"}, {"post", "/v1/feedback"},
	} {
		if _, ok := doc.Paths[r.path][r.method]; !ok {
			t.Errorf("openapi.json lacks %s %s", r.method, r.path)
		}
	}
}
