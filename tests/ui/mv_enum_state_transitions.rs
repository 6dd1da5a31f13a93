//@ spec: 12.1, 11.9, 12.7
// A state machine whose transition takes `self` by value can move each variant's payload
// straight into the next state without cloning; matching on `self` by value moves the
// payload out, and the old state no longer exists afterwards.
#[derive(Debug)]
enum Doc {
    Draft { text: String },
    Review { text: String, reviewer: String },
    Published { text: String, version: u32 },
    Rejected(String),
}

impl Doc {
    fn advance(self, who: &str) -> Doc {
        match self {
            Doc::Draft { text } => Doc::Review { text, reviewer: who.to_string() },
            Doc::Review { text, reviewer } => {
                if text.len() > 3 {
                    Doc::Published { text, version: 1 }
                } else {
                    Doc::Rejected(format!("{} rejected {}", reviewer, text))
                }
            }
            Doc::Published { text, version } => Doc::Published { text, version: version + 1 },
            other => other,
        }
    }
    fn text(&self) -> &str {
        match self {
            Doc::Draft { text } | Doc::Review { text, .. } | Doc::Published { text, .. } => text,
            Doc::Rejected(why) => why,
        }
    }
}

fn main() {
    let mut d = Doc::Draft { text: String::from("hello") };
    for who in ["ann", "bob", "cy", "dee"] {
        d = d.advance(who);
        println!("{:?} / {}", d, d.text());
    }
    let short = Doc::Draft { text: String::from("hi") }.advance("eve").advance("fay");
    println!("{:?}", short);
    let again = short.advance("gus");
    if let Doc::Rejected(msg) = again {
        println!("final: {}", msg);
    }
}
