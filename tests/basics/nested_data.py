data = {
    "users": [
        {"name": "ann", "tags": ["admin", "dev"], "age": 31},
        {"name": "bob", "tags": [], "age": 25},
        {"name": "cy", "tags": ["dev"], "age": 40},
    ],
    "meta": {"count": 3, "source": ("db", 1)},
}
print(data["users"][0]["tags"][1])
print([u["name"] for u in data["users"] if "dev" in u["tags"]])
print(sum(u["age"] for u in data["users"]) / data["meta"]["count"])
print(data["meta"])
data["users"][1]["tags"].append("new")
print(data["users"][1])
by_name = {u["name"]: u for u in data["users"]}
print(sorted(by_name), by_name["cy"]["age"])
print(max(data["users"], key=lambda u: u["age"])["name"])
copy = [dict(u) for u in data["users"]]
copy[0]["name"] = "changed"
print(data["users"][0]["name"], copy[0]["name"])
print(data)
